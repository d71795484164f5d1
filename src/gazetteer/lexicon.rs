//! The matcher's word lists: titles, context words and stop lists. Data only; the rules that
//! use them are in `matcher.rs` and documented in `docs/entity.md`.

/// What a role title says about the office of the name after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    /// A public office by itself ("Prime Minister", "Senator").
    Public,
    /// Given by companies, clubs and charities too ("the company's president, Donald
    /// Headlund", "its director general", "the spokeswoman"): a definite description alone
    /// ("the …, Name") is no evidence of a public office.
    Shared,
    /// Serves an official, who is evidence when named after "to" ("Hikmet Hajiyev, foreign
    /// policy adviser to President Ilham Aliyev").
    Serves,
    /// Heads any institution ("director", "chairman", "head"): a public office only with a
    /// public body's name after it ("the director of the National Civil Police, Mauricio
    /// Arriaza Chicas"; not "GM chairman Roger Smith", "director Mira Nair"), and no evidence
    /// for anything else (a surname after it, a namesake).
    Body,
}
use Office::{Body, Public, Serves, Shared};

/// Role titles that mark the name after them as an OFFICIAL (also a name no gazetteer lists:
/// "Senator Mushahid Hussain"). Matched as whole words, case-insensitively for the ones marked
/// `true` (role nouns that news writes in lower case: "spokesperson Mumtaz Baloch"), with a
/// capital first letter otherwise ("Gen." is a title, "gen." is not), and the [`Office`] each
/// names.
pub const ROLE_TITLES: &[(&str, bool, Office)] = &[
    ("President", true, Shared),
    ("Vice President", true, Shared),
    ("Vice-President", true, Shared),
    ("Prime Minister", true, Public),
    ("Deputy Prime Minister", true, Public),
    ("Chief Minister", true, Public),
    ("Minister", true, Public),
    ("Deputy Minister", true, Public),
    // Compound deputies' titles, spaced or hyphenated: "a parliamentary vice-minister for
    // foreign affairs", "the vice mayor of Buluan town".
    ("Vice Minister", true, Public),
    ("Vice-Minister", true, Public),
    ("State Minister", true, Public),
    ("Minister of State", true, Public),
    ("Foreign Minister", true, Public),
    ("External Affairs Minister", true, Public),
    ("Minister of External Affairs", true, Public),
    ("Deputy Foreign Minister", true, Public),
    ("Defense Minister", true, Public),
    ("Defence Minister", true, Public),
    ("Deputy Defense Minister", true, Public),
    ("Deputy Defence Minister", true, Public),
    ("Interior Minister", true, Public),
    ("Finance Minister", true, Public),
    ("Information Minister", true, Public),
    ("Home Minister", true, Public),
    ("Minister of Foreign Affairs", true, Public),
    ("Deputy Minister of Foreign Affairs", true, Public),
    ("Minister for Foreign Affairs", true, Public),
    ("Minister of Defense", true, Public),
    ("Minister of Defence", true, Public),
    ("Minister of Interior", true, Public),
    ("Minister of Internal Affairs", true, Public),
    ("Foreign Secretary", true, Public),
    ("Defense Secretary", true, Public),
    ("Defence Secretary", true, Public),
    ("Home Secretary", true, Public),
    ("Secretary of State", true, Public),
    ("Secretary of Defense", true, Public),
    ("Secretary-General", true, Public),
    ("Secretary General", true, Public),
    ("Under-Secretary-General", true, Public),
    ("Special Envoy", true, Public),
    ("High Representative", true, Public),
    ("foreign policy chief", true, Public),
    ("Taoiseach", false, Public),
    ("Tánaiste", false, Public),
    // Capitalized only, and a shared title: "Secretary Blinken", "the Northern Ireland
    // Secretary, Mo Mowlam", "the Executive Secretary of ECOWAS, Mohamed Ibn Chambas".
    ("Secretary", false, Shared),
    // A party's or a union's officer unless a public body is named ("TUC General Secretary
    // Brendan Barber").
    ("General Secretary", true, Body),
    // Advisers in public service only: a bare "adviser" is as often a bank's or a club's.
    ("National Security Adviser", true, Serves),
    ("National Security Advisor", true, Serves),
    ("security adviser", true, Serves),
    ("presidential adviser", true, Serves),
    ("presidential advisor", true, Serves),
    ("foreign policy adviser", true, Serves),
    ("Cabinet Secretary", true, Public),
    ("special representative", true, Public),
    ("Envoy", true, Public),
    ("Ambassador", true, Public),
    ("Senator", true, Public),
    ("Sen.", false, Public),
    ("Congressman", true, Public),
    ("Congresswoman", true, Public),
    ("Rep.", false, Public),
    ("lawmaker", true, Public),
    ("legislator", true, Public),
    ("parliamentarian", true, Public),
    ("MP", false, Public),
    ("MNA", false, Public),
    ("MPA", false, Public),
    ("MEP", false, Public),
    ("Governor", true, Public),
    ("Provincial Governor", true, Public),
    ("Gov.", false, Public),
    ("Mayor", true, Public),
    ("Vice Mayor", true, Public),
    ("Vice-Mayor", true, Public),
    ("Deputy Mayor", true, Public),
    ("Judge", true, Public),
    ("Justice", false, Public),
    ("Chief Justice", true, Public),
    ("Chancellor", false, Public),
    ("King", false, Public),
    ("Queen", false, Public),
    ("Crown Prince", false, Public),
    ("General", false, Public),
    ("Gen.", false, Public),
    ("Lt. Gen.", false, Public),
    ("Lt Gen", false, Public),
    ("Lieutenant General", false, Public),
    ("Maj. Gen.", false, Public),
    ("Major General", false, Public),
    ("Brig.", false, Public),
    ("Brigadier", false, Public),
    ("Brigadier General", false, Public),
    ("Col.", false, Public),
    ("Colonel", false, Public),
    ("Lt. Col.", false, Public),
    ("Lieutenant Colonel", false, Public),
    ("Major", false, Public),
    ("Maj.", false, Public),
    ("Gen", false, Public),
    ("Maj Gen", false, Public),
    ("Brig Gen", false, Public),
    ("Brig. Gen.", false, Public),
    ("Col", false, Public),
    ("Lt Col", false, Public),
    ("Lt.", false, Public),
    ("Lieutenant", false, Public),
    ("Cmdr.", false, Public),
    ("Cdr.", false, Public),
    ("Lt. Cmdr.", false, Public),
    ("Lt. Cdr.", false, Public),
    ("Vice Adm.", false, Public),
    ("Rear Adm.", false, Public),
    ("Captain", false, Public),
    ("Capt.", false, Public),
    ("Admiral", false, Public),
    ("Adm.", false, Public),
    ("Vice Admiral", false, Public),
    ("Rear Admiral", false, Public),
    ("Commodore", false, Public),
    ("Cdre.", false, Public),
    ("Air Commodore", false, Public),
    ("Air Vice Marshal", false, Public),
    ("Air Vice-Marshal", false, Public),
    ("Colonel General", false, Public),
    ("Colonel-General", false, Public),
    ("Air Chief Marshal", false, Public),
    ("Air Marshal", false, Public),
    ("Field Marshal", false, Public),
    ("Commander", true, Public),
    ("commander-in-chief", true, Public),
    ("Chief of Army Staff", true, Public),
    ("Chief of General Staff", true, Public),
    ("Chief of the General Staff", true, Public),
    ("Chief of Defence Staff", true, Public),
    ("Chief of Defense Staff", true, Public),
    ("Chief of Staff", true, Shared),
    ("Chief Constable", true, Public),
    ("army chief", true, Public),
    ("police chief", true, Public),
    ("spy chief", true, Public),
    ("Inspector General", true, Public),
    ("Inspector-General", true, Public),
    ("Inspector General of Police", true, Public),
    ("Inspector-General of Police", true, Public),
    ("Director General", true, Shared),
    ("Director-General", true, Shared),
    ("DG", false, Public),
    ("IGP", false, Public),
    ("DIG", false, Public),
    ("SSP", false, Public),
    ("Superintendent", false, Public),
    // Local administrators (a county, district or division is run by a named official).
    ("Commissioner", true, Shared),
    ("county commissioner", true, Public),
    ("district commissioner", true, Public),
    ("district chief", true, Public),
    ("district officer", true, Public),
    ("divisional officer", true, Public),
    ("Prefect", true, Public),
    ("spokesperson", true, Shared),
    ("spokesman", true, Shared),
    ("spokeswoman", true, Shared),
    ("press secretary", true, Shared),
    ("leader", true, Shared),
    ("director", true, Body),
    ("chairman", true, Body),
    ("chairwoman", true, Body),
    ("head", true, Body),
    ("deputy leader", true, Shared),
    ("emir", true, Public),
];

/// Words naming a unit of local government: before a title (or opening it: "district chief")
/// they make it a public office, as a country does ("Peter Gatkuoth, the county commissioner";
/// "said the divisional officer, Emmanuel Ndi Fru"). Lower case.
pub const LOCAL_OFFICE_WORDS: &[&str] = &[
    "county",
    "district",
    "divisional",
    "provincial",
    "regional",
    "municipal",
    "prefectural",
];

/// Lower-case units of government that may stand in the phrase after a title and make it a
/// public office ("the governor of Kherson region, Oleksandr Prokudin").
pub const GOVERNMENT_UNIT_WORDS: &[&str] = &[
    "region",
    "province",
    "district",
    "county",
    "state",
    "oblast",
    "municipality",
    "prefecture",
    "governorate",
    // "the vice mayor of Buluan town, Ali Datu": a town or city has its own officials.
    "town",
    "city",
];

/// Words of a public body's name: in the phrase after a title any institution uses, they make
/// it a public office ("the president of the Legislative Assembly", "the director of the
/// National Civil Police", "the chairman of the Central Election Commission"). Capitalized
/// forms only: "the president of the bank's assembly" is no body's name. Not "Council": the Bar
/// Council, the British Council and the Arts Council are no public offices.
pub const PUBLIC_BODY_WORDS: &[&str] = &[
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Duma",
    "Police",
    "Gendarmerie",
    "Commission",
    "Ministry",
    "Court",
    "Tribunal",
    "Army",
    "Navy",
    "Guard",
    "Forces",
    "Command",
    "Government",
    "Region",
    "Province",
    "District",
    "County",
    "Oblast",
    "Municipality",
    "Prefecture",
    "Governorate",
    "Directorate",
    "Republic",
    "Cabinet",
];

/// Words of role titles that only governments give ("minister", "governor", "mayor"): such a
/// title after a name and a comma describes an official with no further evidence ("Abdulla
/// Shahid, Minister of Foreign Affairs"), where "secretary general" or "president" may be a
/// union's or a chamber of commerce's. Lower case; compared ignoring ASCII case.
pub const GOVERNMENT_ONLY_TITLE_WORDS: &[&str] = &[
    "minister",
    "governor",
    "mayor",
    "ambassador",
    "senator",
    "prefect",
    // Only legislatures have lawmakers ("Abdul Jalil Khalil, a former lawmaker from Al
    // Wefaq").
    "lawmaker",
    "legislator",
    "parliamentarian",
    "congressman",
    "congresswoman",
    // Members of a parliament or an assembly ("Jane Doe, MP for Leeds North").
    "mp",
    "mna",
    "mpa",
    "mep",
];

/// Words before a title that make it a definite description, so that a name may follow it after
/// a comma ("the prime minister, Radovan Višković"; "its spokesman, Ali Haidar").
pub const DEFINITE_WORDS: &[&str] = &[
    "the", "its", "his", "her", "their", "The", "Its", "His", "Her", "Their", "THE", "ITS", "HIS",
    "HER", "THEIR",
];

/// Indefinite articles: "a rebel commander, Sam Kauona," describes the name after the comma
/// as "the rebel commander" does, for a title only public offices carry.
pub const INDEFINITE_WORDS: &[&str] = &["a", "an", "A", "An", "AN"];

/// Words that open a relative clause: no modifier of a title after a name ("Jane Doe, who met
/// the minister").
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which", "that"];

/// Verbs after a relative pronoun that make the clause say what the person is ("Prince
/// Abdullah, who is deputy prime minister"; "Maximo Pacheco, who was education minister").
pub const COPULAS: &[&str] = &["is", "was", "became", "becomes"];

/// Possessive pronouns that refer back to a body named before ("The Front said it would fight.
/// Its leader, Butteur Metayer, said"): the body is the title's evidence. Not "his" or "her",
/// whose antecedent is a person.
pub const BODY_POSSESSIVES: &[&str] = &["its", "Its", "ITS", "their", "Their", "THEIR"];

/// Common nouns of places: "of" after one opens a place ("in the capital of New Delhi, the
/// minister"), while "of" after another noun may open a person's name ("a convoy of John
/// Smith, the mayor of Springfield"). Lower case.
pub const PLACE_NOUNS_BEFORE_OF: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "area",
    "island",
    "islands",
    "port",
    "country",
    "state",
    "province",
    "region",
    "district",
    "county",
    "valley",
    "outskirts",
    "suburbs",
    "suburb",
    "streets",
    "border",
    "republic",
    "kingdom",
    "emirate",
    "territory",
    "north",
    "south",
    "east",
    "west",
    "people",
    "government",
    "governments",
];

/// Lower-case words that title-case headlines leave in lower case although they have four
/// letters or more ("Army Chief Talks with Rebels").
pub const HEADLINE_LOWER_WORDS: &[&str] = &[
    "with", "from", "over", "into", "after", "amid", "upon", "than", "that", "about", "before",
    "under", "against", "across", "during", "without", "between", "through",
];

/// Prepositions that open a place phrase between a title and its name ("ambassador in
/// Sarajevo, Igor Kalabukhov", "envoy to Pakistan, Mohammad Sadiq").
pub const TITLE_PLACE_PREPOSITIONS: &[&str] = &["in", "to", "at", "for"];

/// Head nouns that end a longer proper name a national body's name may open: "the [Georgia
/// Police] Department" (the US state's), "GUATEMALA POLICE IDENTIFICATION DEPARTMENT", "Pakistan
/// Army Medical Corps". The body's name is then a truncated span of another name, never tagged
/// (`Doc::truncated_body`). Title case; all-caps text is compared in upper case. Not
/// "Agency", "Unit", "Headquarters": after a name they are mostly common nouns ("the CTK press
/// agency", "an Atlacatl Battalion unit", "the Colombian Army headquarters").
pub const LONGER_BODY_HEADS: &[&str] = &[
    "Academy",
    "Branch",
    "Bureau",
    "College",
    "Command",
    "Corps",
    "Department",
    "Directorate",
    "Division",
    "Office",
    "School",
    "Section",
    "Service",
    "Squad",
];

/// Words before a demonym that make it an ethnic group rather than a state's people ("ethnic
/// Serbs in Kosovo", "ethnic Chinese in Malaysia").
pub const ETHNIC_WORDS: &[&str] = &["ethnic", "Ethnic", "ETHNIC"];

/// Honorifics: not evidence of an office by themselves, but a gazetteer surname after one is a
/// person mention ("Mr. Tokayev").
pub const HONORIFICS: &[&str] = &[
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Sir", "Dame", "Madam",
];

/// Words right after a news agency's ambiguous name that confirm it ("[Trend] news agency",
/// "[APA] reported"); entries with `context=agency`.
pub const AGENCY_WORDS_AFTER: &[&str] = &["news", "agency", "broadcaster", "reported", "quoted"];

/// Words right after an armed group's ambiguous attributive form that confirm it: its members
/// ("[Wagner] mercenaries", "[Shabab] militants", "[UNITA] guerrillas"). A composer, a surname
/// or a word has no fighters.
pub const GROUP_MEMBER_WORDS: &[&str] = &[
    "fighters",
    "mercenaries",
    "militants",
    "militiamen",
    "insurgents",
    "gunmen",
    "rebels",
    "jihadists",
    "commanders",
    "guerrillas",
    "guerillas",
];

/// Words right before an armed group's ambiguous name or acronym that confirm it ("the Basque
/// separatist group [ETA]", "the militia [MODEL]"): a word or a surname is no group.
pub const GROUP_WORDS_BEFORE: &[&str] = &[
    "group",
    "organisation",
    "organization",
    "movement",
    "militia",
    "outfit",
];

/// Words right before a news agency's ambiguous name that confirm it ("the news agency [APA]",
/// "state broadcaster [EBC]").
pub const AGENCY_WORDS_BEFORE: &[&str] = &["agency", "agencies", "broadcaster", "outlet"];

/// Opinion prefixes joined by a hyphen to a person's surname, which stays a mention of the
/// person ("pro-Assad", "anti-Maduro").
pub const OPINION_PREFIXES: &[&str] = &["pro", "anti"];

/// Capitalized words that never start or continue a person name after a title.
/// Officials whose gazetteer surname alone ("Putin", "Erdogan", "Zelensky") is tagged without
/// a title or a full mention, when exactly one official bears it: heads of state and government
/// ([`leader_offices`]) and those who held one of these offices (`role` or `terms` attribute;
/// a term role containing the text counts) — foreign ministers: the people wire copy names by
/// surname alone.
pub const OTHER_FAMOUS_ROLES: &[&str] = &["Foreign"];

/// Offices whose holders a title names, as bits: a head of state and a head of government.
pub struct LeaderOffice;

impl LeaderOffice {
    pub const STATE: u8 = 1;
    pub const GOVERNMENT: u8 = 2;
}

/// The [`LeaderOffice`] bits of the offices in an official's `role=` and `terms=` values
/// ("government:1997-2007,head_of_government:1997-2007" → GOVERNMENT).
pub fn leader_offices<'a>(values: impl IntoIterator<Item = &'a str>) -> u8 {
    values.into_iter().fold(0, |bits, v| {
        let state = if has_substring(v, "head_of_state") {
            LeaderOffice::STATE
        } else {
            0
        };
        let government = if has_substring(v, "head_of_government") {
            LeaderOffice::GOVERNMENT
        } else {
            0
        };
        bits | state | government
    })
}

/// `hay.contains(needle)`, found from the places of the needle's first byte (SIMD `memchr`):
/// the gazetteer build asks this of ~20,000 short attribute values, where `str::contains` set
/// up its two-way searcher each time (~170 instructions a call).
pub fn has_substring(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr_iter(first, hay).any(|i| hay[i..].starts_with(needle))
}

/// The [`LeaderOffice`] a title names (0 for none), for choosing among namesakes: "President
/// Bush" is a head of state, "Prime Minister Blair" a head of government.
pub fn title_office(title: &str) -> u8 {
    if title.eq_ignore_ascii_case("President") {
        LeaderOffice::STATE
    } else if title.eq_ignore_ascii_case("Prime Minister") || title.eq_ignore_ascii_case("Premier")
    {
        LeaderOffice::GOVERNMENT
    } else {
        0
    }
}

/// Surnames of famous officials that are also common words or other people's names in news
/// text; never tagged alone without a title.
pub const FAMOUS_SURNAME_STOPLIST: &[&str] = &["moon", "burg", "may", "king", "bush"];

pub const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "Of",
    "On",
    "In",
    "At",
    "To",
    "For",
    "By",
    "With",
    "From",
    "As",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Office",
    "House",
    "Ministry",
    "Department",
    "Council",
    "Committee",
    "Assembly",
    "Command",
    "Staff",
    "Affairs",
    "Army",
    "Navy",
    "Forces",
    "Police",
    "Government",
    "General",
    "Minister",
    "President",
    "Secretary",
    "Spokesperson",
    "Spokesman",
    "Executive",
    "Officer",
    "Chief",
    "Commander",
    "Director",
    "Said",
    "Says",
    "Told",
    "Has",
    "Had",
    "Was",
    "Is",
    "Will",
    "Would",
    "Also",
    "Who",
    "Which",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// Words of [`NOT_NAME_WORDS`] that are surnames after a first name in mixed-case text
/// ("Communications Minister Mohamed Said told state radio"); a headline's "Minister Said" and
/// all-caps copy keep them out.
pub const SURNAMES_AMONG_NOT_NAME_WORDS: &[&str] = &["Said"];

/// Lower-case particles allowed inside a person name ("Abu Bakr al-Baghdadi", "Osama bin
/// Laden", "Eduardo del Castillo", "José Eduardo dos Santos").
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "de", "da", "du", "van", "von", "der", "ul", "ud", "ur",
    "ad", "as", "ash", "ar", "e", "i", "y", "la", "le", "del", "della", "di", "dos", "das",
];

/// Titles that address their bearer by the given name: after them the first word of a
/// two-word name is a short form even when it is a common given name ("Prince Charles" →
/// "Charles", "Sir Nicholas Scott" → "Sir Nicholas").
pub const GIVEN_NAME_TITLES: &[&str] = &["Prince", "Princess", "King", "Queen", "Sir", "Dame"];

/// First names never used alone as a short form of a person mentioned in full (too common:
/// they would link other people sharing them). Surnames are always usable: another person
/// with the same surname is named in full next to it and excluded.
pub const SHORT_FORM_STOPLIST: &[&str] = &[
    "Muhammad",
    "Mohammad",
    "Mohammed",
    "Muhammed",
    "Mohamed",
    "Ahmad",
    "Ahmed",
    "Ali",
    "Musa",
    "Moussa",
    "Abdul",
    "Abd",
    "Abu",
    "Syed",
    "Sayed",
    "Said",
    "Khan",
    "Shah",
    "Singh",
    "Kumar",
    "Hassan",
    "Hussain",
    "Hussein",
    "Ibrahim",
    "Ismail",
    "Mahmoud",
    "Mahmood",
    "Omar",
    "Umar",
    "Osman",
    "Usman",
    "Malik",
    "Sheikh",
    "Mullah",
    "Haji",
    "Jr",
    "Sr",
    "John",
    "David",
    "Michael",
    "James",
    "Mohammadi",
    "Al",
    "El",
    "Bin",
    "Ibn",
    "Van",
    "De",
    "Le",
    "La",
    "Kim",
    "Lee",
    "Park",
    "Nguyen",
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
];

/// Capitalized words before a country name that make it part of a place's name ("Port Sudan",
/// "New Mexico").
pub const CITY_PREFIXES: &[&str] = &["Port", "New"];

/// Plural nouns for states: an ambiguous name coordinated with one is a state ("Niger and
/// coastal states", "Chad and other countries").
pub const STATE_PLURALS: &[&str] = &["states", "countries", "nations", "neighbours", "neighbors"];

/// Nouns that, after a country name (with or without `'s`), show it means the state:
/// "Turkey's government", "Jordan's foreign minister", "Niger junta". Lower case.
pub const STATE_NOUNS: &[&str] = &[
    "government",
    "governments",
    "president",
    "prime",
    "foreign",
    "defense",
    "defence",
    "interior",
    "army",
    "military",
    "armed",
    "embassy",
    "ambassador",
    "envoy",
    "capital",
    "border",
    "borders",
    "troops",
    "officials",
    "forces",
    "king",
    "parliament",
    "ministry",
    "economy",
    "junta",
    "authorities",
    "leader",
    "leaders",
    "security",
    "intelligence",
    "territory",
    "soil",
    "nationals",
    "citizens",
    "people",
    "state",
    "navy",
    "air",
    "police",
    "relations",
    "ties",
    "counterpart",
    "delegation",
    "regime",
    "cabinet",
    "officials",
];

/// Words before a country name (skipping "the") that show it means the state: "the government
/// of Jordan", "ambassador to Georgia", "border with Chad". Lower case; the preposition must
/// follow the noun.
pub const STATE_NOUNS_BEFORE: &[&str] = &[
    "government",
    "president",
    "king",
    "embassy",
    "ambassador",
    "envoy",
    "border",
    "borders",
    "capital",
    "territory",
    "republic",
    "kingdom",
    "troops",
    "forces",
    "army",
    "minister",
    "ministry",
    "people",
    "citizens",
    "nationals",
    "relations",
    "ties",
    "visit",
    "trip",
];

/// Prepositions that only places take: an ambiguous country's name right after one is the
/// country ("a summit in Jordan"; "to Jordan" and "from Jordan" may be a person).
pub const INSIDE_PLACE_PREPOSITIONS: &[&str] = &["in", "into", "inside", "across", "throughout"];

/// Prepositions joining a [`STATE_NOUNS_BEFORE`] noun to the country.
/// A capital after one of these is a place ("in Kabul said", "officials from Moscow said").
pub const CAPITAL_PLACE_BEFORE: &[&str] = &[
    "in", "at", "from", "to", "near", "outside", "around", "into", "across", "of", "via",
    "through", "toward", "towards", "inside", "visit", "visited", "visiting", "de", "du", "des",
    "di", "del", "della", "la", "le",
];

/// After a capital's possessive, one of these makes it the government ("Kabul's response",
/// "Moscow's decision"); any other word leaves it the city ("London's most senior police
/// officer", "Berlin's top prize", "Kabul's airport").
pub const STATE_POSSESSIONS: &[&str] = &[
    "response",
    "responses",
    "reaction",
    "decision",
    "decisions",
    "policy",
    "policies",
    "position",
    "stance",
    "efforts",
    "effort",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "request",
    "requests",
    "support",
    "refusal",
    "demand",
    "demands",
    "disagreement",
    "relations",
    "ties",
    "failure",
    "ally",
    "allies",
    "nuclear",
    "military",
    "troops",
    "forces",
    "government",
    "leaders",
    "leadership",
    "officials",
    "envoy",
    "envoys",
    "ambassador",
    "diplomats",
    "diplomacy",
    "claim",
    "claims",
    "accusations",
    "accusation",
    "approval",
    "objections",
    "objection",
    "sanctions",
    "backing",
    "involvement",
    "interference",
    "intervention",
    "offer",
    "insistence",
    "concerns",
    "concern",
    "invasion",
    "annexation",
    "aggression",
    "war",
    "campaign",
    "strategy",
    "ambitions",
    "interests",
    "influence",
    "pressure",
    "threats",
    "threat",
    "warning",
    "warnings",
    "withdrawal",
    "commitment",
    "commitments",
    "obligations",
    "allegations",
    "assurances",
    "agreement",
    "refusal",
    "rejection",
    "denial",
    "retaliation",
    "role",
    "intentions",
    "backers",
    "proxies",
    "regime",
    "authorities",
    "crackdown",
    "reluctance",
    "willingness",
    "readiness",
    "view",
    "views",
    "veto",
    "recognition",
    "blessing",
    "consent",
    "protest",
    "protests",
    "complaint",
    "relationship",
    "relationships",
    "rulers",
    "ruler",
    "partners",
    "partner",
];

/// A capital followed by one of these verbs (optionally after an auxiliary) stands for its
/// government: "Beijing said", "Moscow has rejected", "Washington warned".
pub const STATE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "announced",
    "announces",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "warned",
    "warns",
    "accused",
    "accuses",
    "insisted",
    "insists",
    "decided",
    "decides",
    "agreed",
    "agrees",
    "condemned",
    "condemns",
    "urged",
    "urges",
    "responded",
    "responds",
    "demanded",
    "demands",
    "refused",
    "refuses",
    "vowed",
    "vows",
    "claimed",
    "claims",
    "blamed",
    "blames",
    "welcomed",
    "welcomes",
    "recognised",
    "recognized",
    "recognises",
    "recognizes",
    "imposed",
    "imposes",
    "retaliated",
    "protested",
    "protests",
    "summoned",
    "summons",
    "expelled",
    "expels",
    "threatened",
    "threatens",
    "signed",
    "signs",
    "sent",
    "sends",
    "pledged",
    "pledges",
    "backed",
    "backs",
    "opposed",
    "opposes",
    "stated",
    "declared",
    "declares",
    "ordered",
    "orders",
    "suspended",
    "suspends",
    "approved",
    "approves",
    "hit",
    "hits",
    "sanctioned",
    "considers",
    "considered",
    "wants",
    "wanted",
    "sought",
    "seeks",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "highlighted",
    "highlights",
    "commented",
    "stressed",
    "stresses",
    "maintains",
    "maintained",
];

/// Auxiliaries after a capital that make it the subject of a verb: perfect (`has` + a past
/// participle), progressive (`is` + `-ing`), modal (`could` + a verb).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Aux {
    Perfect,
    Progressive,
    Modal,
}

pub fn auxiliary(w: &str) -> Option<Aux> {
    match w {
        "has" | "had" | "have" => Some(Aux::Perfect),
        "is" | "was" | "are" | "were" => Some(Aux::Progressive),
        "will" | "would" | "could" | "can" | "should" | "must" | "may" | "might" | "also" => {
            Some(Aux::Modal)
        }
        _ => None,
    }
}

pub const STATE_PREPOSITIONS: &[&str] = &["of", "to", "in", "with", "from", "into"];

/// Demonyms are languages, not countries, when followed by one of these (after a hyphen or a
/// space): "Russian-speaking", "Chinese language", "Arabic speakers".
pub const LANGUAGE_AFTER: &[&str] = &[
    "speaking",
    "speaker",
    "speakers",
    "language",
    "languages",
    "speech",
    "translation",
    "translator",
    "dubbed",
    "subtitles",
    "lessons",
    "teacher",
    "alphabet",
    "script",
    "initials",
    "acronym",
    "acronyms",
    "abbreviation",
    "spelling",
    "transliteration",
    "dialect",
];

/// The first two letters (ASCII case folded) of every word of [`LANGUAGE_AFTER`] and
/// [`LANGUAGE_FOLLOWERS`], a bit per pair: `LANGUAGE_PAIRS[first & 31] >> (second & 31)`. A
/// demonym whose next word begins with two letters no such word begins with is no language,
/// and its next word needs no lookup (test `language_pairs_admit_every_language_word`).
static LANGUAGE_PAIRS: [u32; 32] = {
    let mut t = [0u32; 32];
    let lists = [LANGUAGE_AFTER, LANGUAGE_FOLLOWERS];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            t[(w[0] & 31) as usize] |= 1 << (w[1] & 31);
            k += 1;
        }
        l += 1;
    }
    t
};

/// Whether a word beginning with the ASCII letters `a`, `b` (any case) may be one of
/// [`LANGUAGE_AFTER`] or [`LANGUAGE_FOLLOWERS`]: false means it is in neither.
#[inline]
pub fn may_follow_language(a: u8, b: u8) -> bool {
    debug_assert!(a.is_ascii_alphabetic() && b.is_ascii_alphabetic());
    LANGUAGE_PAIRS[usize::from(a & 31)] & (1 << (b & 31)) != 0
}

/// Demonyms are languages when preceded by one of these and followed by no noun (end of clause):
/// "in Russian.", "spoke Dari,", "translated into English".
pub const LANGUAGE_BEFORE: &[&str] = &[
    "in", "into", "from", "speak", "speaks", "spoke", "speaking", "fluent", "learn", "learning",
    "taught", "teach",
];

/// Words before a capitalized sequence that make it a place or a date, not a person ("In New
/// Delhi, the minister said").
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "on", "to", "for", "with", "near", "of", "by", "across", "into", "since",
    "until", "after", "before", "during", "outside", "inside",
];

/// Head words of institutions that are not tagged (universities, think tanks, banks,
/// newspapers, companies, parties, sports events): a country name inside such a name is part
/// of it ("Bank of China", "Times of India", "Pakistan Peoples Party").
pub const INSTITUTION_WORDS: &[&str] = &[
    "University",
    "College",
    "Institute",
    "Institution",
    "Centre",
    "Center",
    "School",
    "Academy",
    "Studies",
    "Bank",
    "Daily",
    "Times",
    "Post",
    "Herald",
    "Tribune",
    "Journal",
    "Gazette",
    "Airlines",
    "Airways",
    "Corporation",
    "Company",
    "Party",
    "Foundation",
    "Society",
    "Association",
    "Museum",
    "Cup",
    "Exchange",
    "Inc",
    "Ltd",
    "Limited",
    "Railways",
    "Telecom",
    "Holdings",
    "Club",
    "Olympics",
    // National societies: "the Kenya Red Cross", "the Iraqi Red Crescent".
    "Cross",
    "Crescent",
];

/// Head words of state bodies named "<Head> of <country>" ("Armed Forces of Ukraine", "National
/// Police of Colombia", "Ministry of Defence of Ukraine"): when the whole name is not in the
/// gazetteers, the country after "of" is part of it and is not tagged alone.
pub const STATE_BODY_HEADS: &[&str] = &[
    "Forces",
    "Force",
    "Army",
    "Armies",
    "Navy",
    "Police",
    "Gendarmerie",
    "Guard",
    "Guards",
    "Ministry",
    "Ministries",
    "Command",
    "Corps",
    "Service",
    "Services",
    "Agency",
    "Directorate",
    "Committee",
    "Commission",
    "Council",
    "Office",
    "Department",
    "Staff",
];

/// Lower-case words allowed inside a multi-word proper name ("Centre for ... Studies").
/// [`name_connector`] answers for it (test `kinds_answer_what_the_lists_answer`).
#[allow(dead_code)]
pub const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "the", "&", "de", "on"];

/// Words after a surname that are not the surname ("Abdullah II", "Martin Luther King Jr").
pub const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "VI"];

/// Head nouns of places and institutions named after people ("Hamid Karzai International
/// Airport", "Benazir Bhutto Hospital", "Jinnah Avenue"): a listed person whose name is
/// followed, one space apart, by at most two more capitalized words and then one of these is
/// part of that name, not a mention of the person.
pub const FACILITY_WORDS: &[&str] = &[
    "Airport",
    "Airbase",
    "Hospital",
    "Clinic",
    "University",
    "College",
    "Institute",
    "School",
    "Academy",
    "Stadium",
    "Street",
    "Road",
    "Avenue",
    "Boulevard",
    "Highway",
    "Expressway",
    "Bridge",
    "Square",
    "Foundation",
    "Centre",
    "Center",
    "Mosque",
    "Park",
    "Museum",
    "Library",
    "Complex",
    "Memorial",
    "Mausoleum",
    "Tunnel",
    "Dam",
    "Port",
    "Harbour",
    "Harbor",
    "Colony",
    "Chowk",
    "Trust",
    "Hall",
    "Auditorium",
    "Arena",
    "Prize",
    "Award",
    "Medal",
    "Cantonment",
];

/// Nouns of subdivisions that end a place's name before a comma and its country ("Tillabéri
/// region, Niger").
pub const SUBDIVISION_WORDS: &[&str] = &[
    "region",
    "province",
    "district",
    "department",
    "governorate",
    "county",
    "state",
    "prefecture",
];

/// Honorifics that may open a name after a title and stay outside its span ("minister Sir
/// Nicholas Scott").
pub const NAME_HONORIFICS: &[&str] = &[
    "Sir", "Lord", "Lady", "Dame", "Mr", "Mrs", "Ms", "Dr", "Prof", "Baroness", "Baron", "Ratu",
    // South Asian honorifics ("Home Minister Mir Sarfraz Bugti", "Nawab Sanaullah Khan
    // Zehri"); not "Malik", "Syed" or "Chaudhry", which are also names.
    "Nawab", "Sardar", "Pir", "Mir",
];

/// Pakistani provinces that official style writes right after a title ("Chief Minister
/// Balochistan Nawab Sanaullah Khan Zehri", "IG Police Punjab"): between a title and a name
/// they are part of the office, not of the name.
pub const PROVINCES_AFTER_TITLE: &[&str] = &[
    "Punjab",
    "Sindh",
    "Balochistan",
    "Baluchistan",
    "Khyber",
    "Pakhtunkhwa",
    "KP",
    "KPK",
    "Gilgit-Baltistan",
    "AJK",
];

/// The honorifics of [`NAME_HONORIFICS`] that name a peer by title and surname alone ("Lord
/// Robertson"): after a title, one word after them is a name.
pub const PEER_TITLES: &[&str] = &["Lord", "Lady", "Baroness", "Baron"];

/// Words of company names: a capitalized run containing one is not a person ("General
/// Motors", "General Electric").
pub const COMPANY_WORDS: &[&str] = &[
    "Motors",
    "Motor",
    "Electric",
    "Dynamics",
    "Mills",
    "Foods",
    "Corp",
    "Co",
    "Group",
    "Industries",
    "Systems",
    "Technologies",
    "Pharmaceuticals",
    "Petroleum",
    "Oil",
    "Energy",
    "Insurance",
    "Capital",
    "Partners",
    "Media",
    "Entertainment",
    "Records",
    "Studios",
    "Union",
    "Worker",
    "Workers",
    "Services",
    "Authority",
    "Agency",
    "Commission",
    "Board",
    "Council",
];

/// Words right before a role title, possessive or not, that make it the office of a state body
/// or an armed group ("the army's spokesman, Ahoua Kone", "a rebel spokesman, Jean Ngoy", "the
/// police commander, Peter Kimani"): a name after the title and a comma is its holder. Compared
/// in lower case.
pub const PUBLIC_BODY_BEFORE_TITLE: &[&str] = &[
    "army",
    "military",
    "police",
    "navy",
    "gendarmerie",
    "government",
    "ministry",
    "presidency",
    "junta",
    "cabinet",
    "embassy",
    "rebel",
    "rebels",
    "militia",
    "insurgents",
    "guerrilla",
    "guerrillas",
];

/// Words right before a role title that make it a private body's office: "Tennessee Gas
/// Transmission Co president R.C. Thomas", "Rotan Mosle Inc President", "association president
/// G.W. Whitehead" are no officials. Compared without their trailing dots.
pub const PRIVATE_BODY_BEFORE_TITLE: &[&str] = &[
    "Co",
    "Corp",
    "Inc",
    "Ltd",
    "Plc",
    "PLC",
    "LLC",
    "company",
    "Company",
    "firm",
    "association",
];

/// Company suffixes: a name right before one is a company's ("General Automation Iberica
/// S.A.", "Captain Morgan Ltd"), not a person's. Compared as words (letters only: "S" of
/// "S.A.").
pub const COMPANY_SUFFIXES: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "S", "SA", "NV", "N", "AG", "PLC", "Plc", "LLC", "GmbH",
];

/// Words after "in <demonym>" that end the language phrase ("broadcast in Spanish to El
/// Salvador", "spoke in Russian with reporters"); "in Russian territory" is the country.
pub const LANGUAGE_FOLLOWERS: &[&str] = &["to", "at", "on", "by", "with", "from", "for", "that"];

/// First words of an appositive after an ambiguous country name ("Turkey, a key backer of
/// the rebels, said", "Chad, which borders Sudan, said"). Lower case.
pub const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "one", "which", "whose", "itself"];

/// Articles opening an appositive whose head may be a state noun.
pub const ARTICLES: &[&str] = &["a", "an", "the", "one"];

/// Nouns in an appositive that show the name before it is a state ("Chad, a landlocked
/// country of 18 million people"; "Jordan, a close US ally"). Lower case.
pub const APPOSITIVE_STATE_NOUNS: &[&str] = &[
    "country",
    "nation",
    "kingdom",
    "republic",
    "monarchy",
    "emirate",
    "ally",
    "allies",
    "neighbour",
    "neighbor",
    "signatory",
    "government",
];

/// Personal pronouns that make the subject of a verb of saying a person ("Jordan said he
/// would retire").
pub const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "his", "her", "him", "himself", "herself"];

/// How many years before an official's first recorded office a story may already name them by
/// surname alone (candidates, ministers before the top office the sources record).
pub const YEARS_BEFORE_OFFICE: i32 = 2;

/// Whether `word` is in `list` (lower-case entries), ignoring ASCII case, without allocating
/// (`any_case(ARTICLES, "The")`).
pub fn any_case(list: &[&str], word: &str) -> bool {
    list.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Capitalized words that make the name next to them a place, not a person ("Lake Chad",
/// "Niger Delta"): such a name does not show
/// that the bare word elsewhere names someone else.
pub const PLACE_NAME_WORDS: &[&str] = &[
    "Lake",
    "River",
    "Delta",
    "Basin",
    "Gulf",
    "Sea",
    "Bay",
    "Valley",
    "Mount",
    "Mountains",
    "Desert",
    "Plateau",
    "Coast",
    "Strait",
    "Straits",
    "Island",
    "Islands",
    "Peninsula",
    "Highlands",
    "Canal",
    "Cape",
];

/// Verbs of a sports result ("Atalanta beat Roma", "lost to Atalanta"): a club, not the
/// organisation a one-word alias may also name.
pub const SPORTS_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beaten",
    "beating",
    "drew",
    "draw",
    "draws",
    "defeated",
    "thrashed",
    "routed",
    "edged",
    "hammered",
    "outplayed",
    "lost",
    "loses",
    "trounced",
    "v",
    "vs",
];

/// Country names that are also a state or province of another country (form, that
/// country's id): "Georgia" in a story that names the United States is the US state unless
/// the story names the country unambiguously too ("Georgian", "Tbilisi").
pub const SUBNATIONAL_NAMESAKES: &[(&str, &str)] = &[("Georgia", "Q30")];

pub use crate::english::{common_given_name, common_word};

/// Bits of [`kinds`] (lists asked ignoring ASCII case, as [`any_case`] does) and of
/// [`exact_kinds`] (lists asked with `contains`, exact case).
pub mod kind {
    // Folded ([`super::kinds`]).
    pub const LANGUAGE_AFTER: u32 = 1 << 0;
    pub const LANGUAGE_FOLLOWER: u32 = 1 << 1;
    pub const LANGUAGE_BEFORE: u32 = 1 << 2;
    pub const STATE_NOUN: u32 = 1 << 3;
    pub const CAPITAL_PLACE_BEFORE: u32 = 1 << 4;
    // Exact ([`super::exact_kinds`]).
    pub const INSTITUTION: u32 = 1 << 0;
    pub const NOT_NAME: u32 = 1 << 1;
    pub const ETHNIC: u32 = 1 << 2;
    pub const CITY_PREFIX: u32 = 1 << 3;
    pub const PLACE_NAME: u32 = 1 << 4;
    pub const SHORT_FORM_STOP: u32 = 1 << 5;
    pub const NAME_SUFFIX: u32 = 1 << 6;
    pub const NAME_PARTICLE: u32 = 1 << 7;
    pub const STATE_VERB: u32 = 1 << 8;
    pub const STATE_POSSESSION: u32 = 1 << 9;
    pub const COMPANY: u32 = 1 << 10;
    pub const PUBLIC_BODY: u32 = 1 << 11;
    pub const GOVERNMENT_UNIT: u32 = 1 << 12;
    pub const DEFINITE: u32 = 1 << 13;
}

/// The lists [`kinds`] answers for (ignoring ASCII case), with their bits.
const FOLDED_LISTS: &[(&[&str], u32)] = &[
    (LANGUAGE_AFTER, kind::LANGUAGE_AFTER),
    (LANGUAGE_FOLLOWERS, kind::LANGUAGE_FOLLOWER),
    (LANGUAGE_BEFORE, kind::LANGUAGE_BEFORE),
    (STATE_NOUNS, kind::STATE_NOUN),
    (CAPITAL_PLACE_BEFORE, kind::CAPITAL_PLACE_BEFORE),
];

/// The lists [`exact_kinds`] answers for (exact case), with their bits.
const EXACT_LISTS: &[(&[&str], u32)] = &[
    (INSTITUTION_WORDS, kind::INSTITUTION),
    (NOT_NAME_WORDS, kind::NOT_NAME),
    (ETHNIC_WORDS, kind::ETHNIC),
    (CITY_PREFIXES, kind::CITY_PREFIX),
    (PLACE_NAME_WORDS, kind::PLACE_NAME),
    (SHORT_FORM_STOPLIST, kind::SHORT_FORM_STOP),
    (NAME_SUFFIXES, kind::NAME_SUFFIX),
    (NAME_PARTICLES, kind::NAME_PARTICLE),
    (STATE_VERBS, kind::STATE_VERB),
    (STATE_POSSESSIONS, kind::STATE_POSSESSION),
    (COMPANY_WORDS, kind::COMPANY),
    (PUBLIC_BODY_WORDS, kind::PUBLIC_BODY),
    (GOVERNMENT_UNIT_WORDS, kind::GOVERNMENT_UNIT),
    (DEFINITE_WORDS, kind::DEFINITE),
];

/// Longest word the kind tables know (bytes): every entry of their lists is at most this
/// long (test `kind_lists_fit_the_tables`).
const KIND_WORD_MAX: usize = 16;

/// Slots of a kind table for `entries` words: a power of two, at least twice the entries.
fn kind_slots(entries: usize) -> usize {
    (2 * entries).next_power_of_two()
}

/// A word of at most [`KIND_WORD_MAX`] bytes, ASCII capitals folded with `fold`, zero padded.
#[inline]
fn kind_key(w: &[u8], fold: bool) -> u128 {
    let mut key = [0u8; KIND_WORD_MAX];
    for (k, &b) in key.iter_mut().zip(w) {
        *k = if fold { b.to_ascii_lowercase() } else { b };
    }
    u128::from_le_bytes(key)
}

/// The first slot to probe for a key in a table of `slots` slots (a power of two).
#[inline]
fn kind_slot(key: u128, len: usize, slots: usize) -> usize {
    let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ len as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - slots.trailing_zeros())) as usize
}

/// An open-addressing table of (key, length, bits); length 0 marks an empty slot.
type KindTable = Box<[(u128, u8, u32)]>;

fn kind_table(lists: &[(&[&str], u32)], fold: bool) -> KindTable {
    let size = kind_slots(lists.iter().map(|(l, _)| l.len()).sum());
    let mut slots = vec![(0u128, 0u8, 0u32); size].into_boxed_slice();
    for &(list, bit) in lists {
        for w in list {
            let key = kind_key(w.as_bytes(), fold);
            let len = w.len();
            let mut s = kind_slot(key, len, size);
            while slots[s].1 != 0 && (slots[s].0, usize::from(slots[s].1)) != (key, len) {
                s = (s + 1) & (size - 1);
            }
            slots[s].0 = key;
            slots[s].1 = len as u8;
            slots[s].2 |= bit;
        }
    }
    slots
}

#[inline]
fn kind_lookup(table: &[(u128, u8, u32)], word: &str, fold: bool) -> u32 {
    let w = word.as_bytes();
    if w.is_empty() || w.len() > KIND_WORD_MAX {
        return 0;
    }
    let key = kind_key(w, fold);
    let size = table.len();
    let mut s = kind_slot(key, w.len(), size);
    loop {
        let (k, len, bits) = table[s];
        if len == 0 {
            return 0;
        }
        if k == key && usize::from(len) == w.len() {
            return bits;
        }
        s = (s + 1) & (size - 1);
    }
}

/// The [`kind`] bits of the lists of [`FOLDED_LISTS`] that hold `word` ignoring ASCII case
/// (what [`any_case`] answers for each list, in one hashed lookup): the per-mention context
/// checks ask it instead of scanning each list.
#[inline]
pub fn kinds(word: &str) -> u32 {
    static TABLE: std::sync::OnceLock<KindTable> = std::sync::OnceLock::new();
    kind_lookup(
        TABLE.get_or_init(|| kind_table(FOLDED_LISTS, true)),
        word,
        true,
    )
}

/// The [`kind`] bits of the lists of [`EXACT_LISTS`] that hold `word` (what `contains`
/// answers for each list, in one hashed lookup).
#[inline]
pub fn exact_kinds(word: &str) -> u32 {
    static TABLE: std::sync::OnceLock<KindTable> = std::sync::OnceLock::new();
    kind_lookup(
        TABLE.get_or_init(|| kind_table(EXACT_LISTS, false)),
        word,
        false,
    )
}

/// Whether `word` is in one of the [`EXACT_LISTS`] of `bits` (exact case): one hashed lookup
/// where `contains` compares with every word of the list.
#[inline]
pub fn exact_in(word: &str, bits: u32) -> bool {
    exact_kinds(word) & bits != 0
}

/// Whether `word` is in one of the [`FOLDED_LISTS`] of `bits` (ignoring ASCII case): one
/// hashed lookup where [`any_case`] compares with every word of the list.
#[inline]
pub fn folded_in(word: &str, bits: u32) -> bool {
    kinds(word) & bits != 0
}

/// Whether `word` is one of [`NAME_CONNECTORS`] (exact case; test
/// `kinds_answer_what_the_lists_answer`).
#[inline]
pub fn name_connector(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        b"of" | b"for" | b"and" | b"the" | b"&" | b"de" | b"on"
    )
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn titles_name_the_offices_recorded_in_roles_and_terms() {
        let blair = [
            "government",
            "government:1997-2007,head_of_government:1997-2007",
        ];
        assert_eq!(leader_offices(blair), LeaderOffice::GOVERNMENT);
        assert_eq!(leader_offices(["head_of_state", ""]), LeaderOffice::STATE);
        for (hay, needle) in [
            ("", ""),
            ("", "a"),
            ("a", ""),
            ("head_of_state:1990", "head_of_state"),
            ("hhead_of_", "head_of_"),
            ("head_of_stat", "head_of_state"),
            ("Minister of Foreign Affairs", "Foreign"),
            ("é Foreign", "Foreign"),
        ] {
            assert_eq!(
                has_substring(hay, needle),
                hay.contains(needle),
                "{hay:?} {needle:?}"
            );
        }
        assert_eq!(
            leader_offices(["intelligence", "intelligence:2009-2010"]),
            0
        );
        assert_eq!(title_office("President"), LeaderOffice::STATE);
        assert_eq!(title_office("prime minister"), LeaderOffice::GOVERNMENT);
        assert_eq!(title_office("Foreign Minister"), 0);
    }

    #[test]
    fn kind_lists_fit_the_tables() {
        for (lists, fold) in [(FOLDED_LISTS, true), (EXACT_LISTS, false)] {
            let n: usize = lists.iter().map(|(l, _)| l.len()).sum();
            let slots = kind_table(lists, fold).len();
            assert!(slots.is_power_of_two() && 2 * n <= slots, "{n} {slots}");
            for (list, _) in lists {
                for w in *list {
                    assert!(!w.is_empty() && w.len() <= KIND_WORD_MAX, "{w}");
                }
            }
        }
    }

    #[test]
    fn language_pairs_admit_every_language_word() {
        for w in LANGUAGE_AFTER.iter().chain(LANGUAGE_FOLLOWERS) {
            // `may_follow_language` folds case by the low five bits: lower-case ASCII words.
            assert!(
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
            let b = w.as_bytes();
            assert!(may_follow_language(b[0], b[1]), "{w}");
            assert!(may_follow_language(
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase()
            ));
        }
        assert!(!may_follow_language(b'f', b'i') && !may_follow_language(b'G', b'o'));
    }

    #[test]
    fn kinds_answer_what_the_lists_answer() {
        let mut words: Vec<String> = Vec::new();
        let all = FOLDED_LISTS
            .iter()
            .chain(EXACT_LISTS)
            .flat_map(|(l, _)| l.iter());
        for w in all.chain(NAME_CONNECTORS) {
            words.push(w.to_string());
            words.push(w.to_ascii_uppercase());
            words.push(w.to_ascii_lowercase());
            let mut c = w.to_string();
            c.push('s');
            words.push(c);
            words.push(w[..w.len() - 1].to_string());
            words.push(format!("{w}\0"));
            words.push(format!("{w}\u{e9}"));
        }
        for t in crate::testutil::seed_texts() {
            for w in t.split(|c: char| !c.is_alphanumeric() && c != '&') {
                words.push(w.to_string());
            }
        }
        words.extend(
            [
                "",
                "\0",
                "of\0",
                "aaaaaaaaaaaaaaaaaaaaaaaaa",
                "éthnic",
                "PORT",
                "Ethnic",
            ]
            .map(String::from),
        );
        for w in &words {
            for &(list, bit) in FOLDED_LISTS {
                assert_eq!(kinds(w) & bit != 0, any_case(list, w), "{w:?}");
            }
            for &(list, bit) in EXACT_LISTS {
                assert_eq!(
                    exact_kinds(w) & bit != 0,
                    list.contains(&w.as_str()),
                    "{w:?}"
                );
            }
            assert_eq!(
                name_connector(w),
                NAME_CONNECTORS.contains(&w.as_str()),
                "{w:?}"
            );
        }
    }
}
