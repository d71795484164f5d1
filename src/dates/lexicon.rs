//! Word tables: number words, units and their TIMEX3 codes (month and weekday names are in
//! [`crate::calendar`]).

pub use crate::calendar::{month, weekday};

/// Number words → value. `None` marks vague quantities ("several", "a few").
const NUMBERS: &[(&str, Option<u32>)] = &[
    ("a", Some(1)),
    ("an", Some(1)),
    ("a single", Some(1)),
    ("one", Some(1)),
    ("two", Some(2)),
    ("three", Some(3)),
    ("four", Some(4)),
    ("five", Some(5)),
    ("six", Some(6)),
    ("seven", Some(7)),
    ("eight", Some(8)),
    ("nine", Some(9)),
    ("ten", Some(10)),
    ("eleven", Some(11)),
    ("twelve", Some(12)),
    ("thirteen", Some(13)),
    ("fourteen", Some(14)),
    ("fifteen", Some(15)),
    ("sixteen", Some(16)),
    ("seventeen", Some(17)),
    ("eighteen", Some(18)),
    ("nineteen", Some(19)),
    ("twenty", Some(20)),
    ("thirty", Some(30)),
    ("forty", Some(40)),
    ("fifty", Some(50)),
    ("sixty", Some(60)),
    ("seventy", Some(70)),
    ("eighty", Some(80)),
    ("ninety", Some(90)),
    ("a hundred", Some(100)),
    ("one hundred", Some(100)),
    ("a dozen", Some(12)),
    ("a couple of", Some(2)),
    ("a couple", Some(2)),
    ("couple of", Some(2)),
    ("several", None),
    ("a few", None),
    ("few", None),
    ("many", None),
];

/// Words before "in five years" that make it a span of time looked back over ("the first
/// exercise in five years", "the highest level in a decade", "has not met in ten years"), not a
/// date five years ahead. Superlatives ending in `-est` are recognised separately.
pub const SPAN_BEFORE_IN: &[&str] = &[
    "first", "only", "most", "least", "best", "worst", "not", "never", "no", "nor", "has", "have",
    "had", "hasn", "haven", "hadn", "once", "times", "twice",
    // "for the second time in three years".
    "time",
];

/// Periods of financial reports other than a quarter: when one is named after the last
/// "quarter", "a year ago" compares that period, not the quarter.
pub const OTHER_PERIODS: &[&str] = &[
    "nine months",
    "six months",
    "first half",
    "second half",
    "the year",
    "fiscal year",
    "full year",
    "year ended",
    "year ending",
];

/// Words that compare an amount with an earlier period ("$84.9 million ... last year").
pub const COMPARISON_CUES: &[&str] = &[
    "from ",
    "compared with",
    "compared to",
    "versus",
    " vs",
    "against",
];

/// Words before "of the year" that make it a part of the year ("the first nine months of the
/// year", "the end of the year") rather than an award ("album of the year").
pub const PARTS_OF_A_PERIOD: &[&str] = &[
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "quarter",
    "quarters",
    "half",
    "end",
    "start",
    "beginning",
    "middle",
    "rest",
    "part",
    "remainder",
    "balance",
    "course",
    "time",
    "first",
    "last",
    "most",
    "turn",
    "close",
    "height",
    "bulk",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Nouns after "current" that make it a term, not the present ("current account").
pub const NOT_TIME_AFTER_CURRENT: &[&str] = &["account", "accounts", "affairs"];

/// Words that may follow the second day of "April 24 and 25" (a count of things may not).
pub const AFTER_CONJOINED_DAY: &[&str] = &[
    "in",
    "at",
    "on",
    "the",
    "when",
    "and",
    "to",
    "for",
    "of",
    "with",
    "respectively",
    "next",
    "last",
    "this",
];

/// Words ending in `-est` that are not superlatives.
const NOT_SUPERLATIVE: &[&str] = &[
    "west",
    "interest",
    "test",
    "rest",
    "protest",
    "request",
    "suggest",
    "harvest",
    "arrest",
    "forest",
    "contest",
    "honest",
    "modest",
    "earnest",
    "manifest",
    "invest",
    "digest",
    "chest",
    "guest",
    "quest",
    "nest",
    "unrest",
    "midwest",
    "southwest",
    "northwest",
    "conquest",
    "inquest",
    "pest",
    "vest",
    "crest",
    "attest",
    "detest",
    "infest",
    "divest",
    "wrest",
];

/// Whether a word (any case) marks "in N years" after it as a span looked back over.
pub fn span_cue(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    if SPAN_BEFORE_IN.contains(&w.as_str()) {
        return true;
    }
    w.len() > 4 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w.as_str())
}

/// A quantity: an exact number, or a vague one ("several").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quantity {
    Exact(f64),
    Vague,
}

/// Reads digits ("21", "1.5") or number words ("twenty-four", "a few").
pub fn quantity(text: &str) -> Option<Quantity> {
    let norm: String = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    // "four and a half", "four-and-a-half"
    if let Some(whole) = norm.strip_suffix(" and a half") {
        return match quantity(whole)? {
            Quantity::Exact(v) => Some(Quantity::Exact(v + 0.5)),
            Quantity::Vague => Some(Quantity::Vague),
        };
    }
    if norm.starts_with(|c: char| c.is_ascii_digit()) {
        return norm.parse::<f64>().ok().map(Quantity::Exact);
    }
    // "half a century", "a quarter of a century"
    match norm.as_str() {
        "half" => return Some(Quantity::Exact(0.5)),
        "a quarter" => return Some(Quantity::Exact(0.25)),
        _ => {}
    }
    if let Some(&(_, v)) = NUMBERS.iter().find(|(w, _)| *w == norm) {
        return Some(v.map_or(Quantity::Vague, |n| Quantity::Exact(f64::from(n))));
    }
    // "twenty four", "twenty-four"
    let mut parts = norm.split(' ');
    let (tens, ones) = (parts.next()?, parts.next()?);
    let t = NUMBERS.iter().find(|(w, _)| *w == tens)?.1?;
    let o = NUMBERS.iter().find(|(w, _)| *w == ones)?.1?;
    (t >= 20 && t % 10 == 0 && o < 10).then_some(Quantity::Exact(f64::from(t + o)))
}

/// A calendar unit and its TIMEX3 duration code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Quarter,
    Fortnight,
}

/// The unit of a unit word, singular or plural ("years", "century", "centuries").
pub fn unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    let w = w.as_str();
    Some(match w {
        "centuries" | "century" => Unit::Century,
        _ => match w.strip_suffix('s').unwrap_or(w) {
            "year" => Unit::Year,
            "month" => Unit::Month,
            "week" => Unit::Week,
            "day" => Unit::Day,
            "hour" => Unit::Hour,
            "minute" => Unit::Minute,
            "second" => Unit::Second,
            "decade" => Unit::Decade,
            "quarter" => Unit::Quarter,
            "fortnight" => Unit::Fortnight,
            _ => return None,
        },
    })
}

/// A TIMEX3 duration for `n` units: `P5Y`, `PT2H`, `P10Y` for a decade, `PXY` when vague.
pub fn duration(n: Quantity, unit: Unit) -> String {
    let (scale, code, time) = match unit {
        Unit::Year => (1.0, 'Y', false),
        Unit::Month => (1.0, 'M', false),
        Unit::Week => (1.0, 'W', false),
        Unit::Day => (1.0, 'D', false),
        Unit::Hour => (1.0, 'H', true),
        Unit::Minute => (1.0, 'M', true),
        Unit::Second => (1.0, 'S', true),
        Unit::Decade => (10.0, 'Y', false),
        Unit::Century => (100.0, 'Y', false),
        // ISO 8601 has no quarter designator: TimeML writes quarters in months.
        Unit::Quarter => (3.0, 'M', false),
        Unit::Fortnight => (2.0, 'W', false),
    };
    let t = if time { "T" } else { "" };
    match n {
        Quantity::Vague => {
            let vague = match unit {
                Unit::Decade => "DE".to_string(),
                Unit::Century => "CE".to_string(),
                _ => code.to_string(),
            };
            format!("P{t}X{vague}")
        }
        Quantity::Exact(v) => {
            let total = v * scale;
            if total.fract() == 0.0 {
                format!("P{t}{}{code}", total as u64)
            } else {
                format!("P{t}{total}{code}")
            }
        }
    }
}

/// The TIMEX3 part-of-day code for "morning", "night", ….
pub fn part_of_day(word: &str) -> Option<&'static str> {
    let w = word.to_ascii_lowercase();
    Some(match w.strip_suffix('s').unwrap_or(&w) {
        "morning" | "dawn" | "daybreak" | "sunrise" => "MO",
        "afternoon" => "AF",
        "evening" | "dusk" | "sunset" | "nightfall" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// The TIMEX3 season code.
pub fn season(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Words that show "the first half" / "the second half" without a year is a period of the
/// year (financial or economic news), not a half of a match or of a book.
pub const HALF_YEAR_CUES: &[&str] = &[
    "year",
    "quarter",
    "profit",
    "earnings",
    "sales",
    "revenue",
    "growth",
    "economy",
    "fiscal",
    "output",
    "inflation",
    "results",
    "income",
    "loss",
    "demand",
    "prices",
    "forecast",
];

/// Words before "last" that make it a verb ("would last 15 days", "and last 90 days"): a
/// modal, an infinitive "to", a coordinator joining it to another verb, a negation, a relative.
pub const BEFORE_LAST_AS_VERB: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "to", "and", "not",
    "never", "which", "that", "did", "does", "do", "ll",
];

/// Prepositions before "the fall" that make it the season ("in the fall", "until the fall");
/// elsewhere "the fall" is a decline ("The fall came as …").
pub const BEFORE_THE_FALL: &[&str] = &[
    "in",
    "during",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "since",
    "before",
    "after",
    "for",
    "into",
    "around",
];

/// "the last half" without a year: a half of something the text names, not of a year.
pub const LAST_HALF: &[&str] = &["last", "the last"];

/// What may follow a bare part of the day (`mid afternoon`, `in the morning`) for it to be a
/// time: a function word, a pronoun or a day word ("before dawn today"; a weekday also does,
/// `calendar::weekday`: "before dawn Saturday"; punctuation and the end of the text too). Any other
/// word makes it a modifier ("the morning raids", "late-night talks", "the evening news").
pub const AFTER_PART_OF_DAY: &[&str] = &[
    "in",
    "at",
    "on",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "to",
    "for",
    "of",
    "with",
    "from",
    "before",
    "after",
    "until",
    "till",
    "when",
    "while",
    "as",
    "by",
    "since",
    "then",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "that",
    "this",
    "his",
    "her",
    "their",
    "its",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "will",
    "would",
    "local",
    "time",
    "today",
    "yesterday",
    "tomorrow",
];

/// Nouns after "today's" that make it "nowadays" rather than the document's day ("today's
/// youth", "in today's world").
pub const GENERIC_AFTER_TODAYS: &[&str] = &[
    "world",
    "youth",
    "society",
    "generation",
    "young",
    "children",
    "kids",
    "culture",
];

/// Vehicle makes: a year right before one, after a possessive or "a"/"his"/…, is a model year
/// that names a product, not a date ("Kopp's 1987 Chevrolet", "a 1995 Ford Taurus").
pub const VEHICLE_MAKES: &[&str] = &[
    "acura",
    "audi",
    "bmw",
    "buick",
    "cadillac",
    "chevrolet",
    "chevy",
    "chrysler",
    "citroen",
    "datsun",
    "dodge",
    "ferrari",
    "fiat",
    "ford",
    "gmc",
    "harley",
    "honda",
    "hyundai",
    "jaguar",
    "jeep",
    "kawasaki",
    "kia",
    "lada",
    "lexus",
    "lincoln",
    "mazda",
    "mercedes",
    "mercury",
    "mitsubishi",
    "nissan",
    "oldsmobile",
    "opel",
    "peugeot",
    "plymouth",
    "pontiac",
    "porsche",
    "renault",
    "saab",
    "skoda",
    "subaru",
    "suzuki",
    "toyota",
    "volkswagen",
    "volvo",
    "yamaha",
];

/// Words before a model year besides a possessive noun: "a 1987 Chevrolet", "his 1995 Ford".
pub const BEFORE_MODEL_YEAR: &[&str] =
    &["a", "an", "his", "her", "their", "its", "my", "our", "your"];

/// Nouns before "of tomorrow" that make it the future in general ("the leaders of tomorrow",
/// "the challenges of tomorrow"); "ahead of tomorrow's talks", "as of tomorrow" stay dates.
pub const GENERIC_BEFORE_OF_TOMORROW: &[&str] = &[
    "people",
    "leaders",
    "challenges",
    "world",
    "society",
    "generation",
    "citizens",
    "workers",
    "jobs",
    "technology",
    "technologies",
    "city",
    "cities",
    "children",
];

/// Nouns naming an amount measured over a period: after "annual", "quarterly", "daily" … the
/// adjective is that period, not a recurring event (see `filter::measurement_period`).
pub const MEASURED_AMOUNTS: &[&str] = &[
    "dividend",
    "dividends",
    "payout",
    "rate",
    "rates",
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "volume",
    "volumes",
    "earnings",
    "profit",
    "profits",
    "income",
    "loss",
    "losses",
    "results",
    "output",
    "production",
    "growth",
    "inflation",
    "wage",
    "wages",
    "salary",
    "salaries",
    "fee",
    "fees",
    "rent",
    "yield",
    "return",
    "returns",
    "interest",
    "premium",
    "premiums",
    "spending",
    "budget",
    "budgets",
    "exports",
    "imports",
    "capacity",
    "consumption",
    "average",
    "figures",
    "deficit",
    "surplus",
];

/// Words that describe a newspaper right before "daily"/"weekly" and its name ("the Communist
/// Party daily Granma", "the business daily Handelsblatt"); see also [`is_demonym`].
pub const PRESS_BEFORE_DAILY: &[&str] = &[
    "party",
    "business",
    "financial",
    "economic",
    "sports",
    "trade",
    "official",
    // The last part of "state-run", "pro-government", "mass-circulation", "English-language",
    // "left-wing" (the word before stops at a hyphen).
    "run",
    "state",
    "government",
    "opposition",
    "independent",
    "leading",
    "influential",
    "popular",
    "conservative",
    "liberal",
    "wing",
    "tabloid",
    "circulation",
    "national",
    "regional",
    "provincial",
    "evening",
    "morning",
    "language",
];

/// Whether a capitalized word looks like a nationality adjective ("Japanese", "Italian",
/// "Spanish", "French", "Israeli", "Swiss"): the endings of English demonyms.
pub fn is_demonym(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.len() > 3
        && ["an", "ese", "ish", "ch", "i", "ss"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Verbs after which "daily" or "weekly" is the subject, a newspaper ("the China daily said").
pub const PAPER_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "wrote",
    "writes",
    "quoted",
    "quotes",
    "added",
    "cited",
    "carried",
    "published",
    "claimed",
    "noted",
    "commented",
    "editorialized",
];

/// Verbs of reporting whose day is not the event's.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
    "confirmed",
];

/// Words after a holiday's name that make it part of a name or a thing's name ("Easter
/// Island", "the Easter Rising", "the Good Friday Agreement", "Easter eggs"): no date then.
pub const NAMES_AFTER_A_HOLIDAY: &[&str] = &[
    "island",
    "islands",
    "rising",
    "uprising",
    "offensive",
    "agreement",
    "accord",
    "accords",
    "egg",
    "eggs",
    "bunny",
    "lily",
    "lilies",
];

/// Words before a bare "Easter" that make it the day: time prepositions and verbs of
/// observance ("by Easter", "celebrating Easter").
pub const BEFORE_EASTER: &[&str] = &[
    "before",
    "after",
    "by",
    "until",
    "till",
    "at",
    "over",
    "for",
    "since",
    "during",
    "on",
    "around",
    "celebrate",
    "celebrated",
    "celebrates",
    "celebrating",
    "observe",
    "observed",
    "observing",
    "this",
    "last",
    "next",
];

/// Words after a bare "Easter" that make it the time of the year: "the Easter recess", "the
/// long Easter weekend".
pub const STRETCHES_AFTER_EASTER: &[&str] = &[
    "holiday", "holidays", "weekend", "recess", "break", "period", "season", "vacation",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_codes() {
        assert_eq!(month("Nov."), Some(11));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(weekday("Tuesdays"), Some(2));
        assert_eq!(quantity("twenty-four"), Some(Quantity::Exact(24.0)));
        assert_eq!(quantity("a few"), Some(Quantity::Vague));
        assert_eq!(quantity("21"), Some(Quantity::Exact(21.0)));
        assert_eq!(duration(Quantity::Exact(5.0), Unit::Year), "P5Y");
        assert_eq!(duration(Quantity::Exact(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Quantity::Exact(5.0), Unit::Hour), "PT5H");
        assert_eq!(duration(Quantity::Vague, Unit::Year), "PXY");
        assert_eq!(duration(Quantity::Exact(1.5), Unit::Year), "P1.5Y");
        assert_eq!(unit("centuries"), Some(Unit::Century));
    }
}
