//! The pattern table: every temporal expression the extractor recognises, in one place.
//!
//! Each row is `(id, kind, pattern)`. Patterns are written with placeholders for the shared
//! building blocks (`{MON}`, `{WD}`, `{NUM}`, …, see [`BLOCKS`]) and named groups from a fixed
//! vocabulary that the normalizer reads (`y`, `mon`, `d`, `wd`, `num`, `unit`, `rel`, …). Rows
//! are tried in order at the leftmost position where any row matches, so longer compound forms
//! come first. A row with a group `x` reports only that group as the extent (used to leave a
//! word that licensed the match, such as "for" in "for years", outside the span).
//!
//! All word boundaries are ASCII (`(?-u:\b)`) and all classes are ASCII, so the combined
//! automaton stays small and fast.

/// What a row produces; the normalizer turns the captured groups into a TIMEX3 value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `2024-11-21`, optionally with `Thh:mm`.
    Iso,
    /// `11.06.2024`, `11/06/2024` (day or month first by option).
    Numeric,
    /// Any form with a month name and a day (optional weekday and year).
    MonthDay,
    /// Month name with modifiers and an optional year: `March 2024`, `late November`.
    Month,
    /// A year with an optional modifier: `2017`, `early 2024`, `the end of 1990`.
    Year,
    /// Fiscal year: `FY2024`, `fiscal 1989`.
    FiscalYear,
    /// Decades: `the 1990s`.
    Decade,
    /// Centuries: `the 20th century`.
    Century,
    /// Seasons: `this summer`, `winter 2023`.
    Season,
    /// Quarters: `the third quarter`, `Q1 2024`.
    Quarter,
    /// `two years ago`, `a week earlier`.
    Ago,
    /// `in five years` (a future date, or a duration when the clause says "first in …").
    InFuture,
    /// `last month`, `this week`, `earlier this year`, `the weekend`.
    RelUnit,
    /// `today`, `yesterday`, `tonight`, `this morning`, `last night`.
    Deictic,
    /// `PRESENT_REF` words.
    Present,
    /// `PAST_REF` words.
    Past,
    /// `FUTURE_REF` words.
    Future,
    /// Vague plural periods: `recent years`, `several months`, `for years`.
    VaguePeriod,
    /// Durations: `five years`, `the past two months`, `two-week`.
    Duration,
    /// Clock times: `10 a.m.`, `noon Thursday`, `14:30 GMT`.
    Clock,
    /// Weekdays: `Tuesday`, `last Thursday`, `Friday night`.
    Weekday,
    /// Recurring: `every year`, `weekly`, `each Thursday`.
    Set,
    /// Halves of a year: `the first half of 2024`, `the second half`.
    Half,
    /// `year-earlier`, `the year-ago quarter`.
    YearAgo,
    /// Holidays with a fixed or computable date: `Christmas`, `Thanksgiving`.
    Holiday,
    /// Years in words: `nineteen ninety-six`, `the year two thousand`.
    SpelledYear,
    /// `that year`, `the following month`: relative to the last year the text named.
    Anaphor,
    /// `the year`, `the full year`, `the fiscal year ended`: the document's own period.
    TheUnit,
    /// A part of a day: `mid afternoon`, `early morning`, `in the evening`, `the next
    /// morning` (the day after the last day the text named, else after the document date).
    PartOfDay,
}

/// Shared building blocks, substituted into the patterns by name.
pub const BLOCKS: &[(&str, &str)] = &[
    ("B", r"(?-u:\b)"),
    // One run of spaces, or a single line break (never a blank line).
    ("S", r"(?:{SP}*\r?\n{SP}*|{SP}+)"),
    // A space, a tab or a no-break space (Unicode only for that character: the automaton
    // folds case in ASCII only).
    ("SP", r"(?:[ \t]|(?u:\x{A0}))"),
    // A straight or curly apostrophe.
    ("AP", r"(?:'|(?u:\x{2019}))"),
    (
        "MON",
        r"(?P<mon>(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?-u:\b)\.?)",
    ),
    (
        "WD",
        r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    ),
    (
        "D",
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?:(?:st|nd|rd|th)?(?-u:\b)|<sup>(?:st|nd|rd|th)</sup>)",
    ),
    ("Y", r"(?P<y>1[5-9][0-9][0-9]|20[0-9][0-9])(?-u:\b)"),
    (
        "NUMW",
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a{S}hundred|one{S}hundred|a{S}dozen|a{S}single|a{S}couple{S}of|a{S}couple|couple{S}of|several|a{S}few|few|many|a|an",
    ),
    (
        "NUM",
        r"(?P<num>(?:[0-9]{1,3}(?:\.[0-9]+)?|{NUMW})(?P<frac>{S}and{S}a{S}half)?)(?-u:\b)",
    ),
    (
        "APPROX",
        r"(?:(?:nearly|almost|around|about|approximately|roughly|more{S}than|over|less{S}than|under|at{S}least|up{S}to|no{S}more{S}than|barely|some){S})?",
    ),
    // Words between an amount and its unit: "two more years", "five business days", "an
    // additional year".
    (
        "UADJ",
        r"(?:(?:more|full|straight|consecutive|additional|extra|further|trading|business|working){S})?",
    ),
    (
        "UNIT",
        r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?|fortnights?)(?-u:\b)",
    ),
    (
        "UNIT1",
        r"(?P<unit>year|month|week|day|hour|minute|second|decade|century|quarter|fortnight)",
    ),
    // A year in words, as spoken transcripts write it: `nineteen ninety-four`, `two thousand`.
    (
        "SY",
        r"(?:nineteen{S}(?P<sy>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|(?P<y2k>two{S}thousand))(?-u:\b)",
    ),
    (
        "TOD",
        r"(?P<tod>morning|afternoon|evening|night|overnight)(?-u:\b)",
    ),
];

/// The table. Order matters: at one start position the first row that matches wins.
pub const PATTERNS: &[(&str, Kind, &str)] = &[
    // ---- absolute calendar dates -------------------------------------------------------
    (
        "iso",
        Kind::Iso,
        r"{Y}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?:T(?P<hh>[01][0-9]|2[0-3]):(?P<mm>[0-5][0-9]))?(?-u:\b)",
    ),
    (
        "numeric",
        Kind::Numeric,
        r"(?P<n1>[0-9]{1,2})(?P<s1>[./-])(?P<n2>[0-9]{1,2})(?P<s2>[./-])(?P<y>[12][0-9]{3})(?-u:\b)",
    ),
    // "Thursday, 02/04/2015": a weekday and the numeric date it names are one expression,
    // as "Thursday, April 2, 2015" is.
    (
        "weekday_numeric",
        Kind::Numeric,
        r"{WD},?{S}(?P<n1>[0-9]{1,2})(?P<s1>[./-])(?P<n2>[0-9]{1,2})(?P<s2>[./-])(?P<y>[12][0-9]{3})(?-u:\b)",
    ),
    // "Monday, 08.08.16", "Tuesday, 25/03/16": a weekday and the two-digit-year date it
    // names are one expression too.
    (
        "weekday_numeric_yy",
        Kind::Numeric,
        r"{WD},?{S}(?P<n1>[0-9]{1,2})(?P<s1>[./-])(?P<n2>[0-9]{1,2})(?P<s2>[./-])(?P<yy>[0-9]{2})(?-u:\b)",
    ),
    // "on 08.08.16", "till 15.08.16": a police release's or a letter's date with a two-digit
    // year (normalize.rs takes the dotted form with two-digit day and month, the slashed or
    // hyphenated one only when a number above 12 settles the order).
    (
        "numeric_yy",
        Kind::Numeric,
        r"(?P<n1>[0-9]{1,2})(?P<s1>[./-])(?P<n2>[0-9]{1,2})(?P<s2>[./-])(?P<yy>[0-9]{2})(?-u:\b)",
    ),
    (
        "clock_weekday",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5][0-9]))?{S}?(?P<ap>a\.m\.|p\.m\.|(?:a\.m|p\.m|am|pm)(?-u:\b))\.?(?:{S}(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local{S}time))?{S}{WD}(?-u:\b)",
    ),
    (
        "clock_month_day",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5][0-9]))?{S}?(?P<ap>a\.m\.|p\.m\.|(?:a\.m|p\.m|am|pm)(?-u:\b))\.?(?:{S}(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local{S}time))?,?{S}{MON}{S}?{D}(?:,?{S}{Y})?",
    ),
    (
        "noon_weekday",
        Kind::Clock,
        r"(?P<named>noon|midday|midnight){S}{WD}(?-u:\b)",
    ),
    (
        "weekday_month_day",
        Kind::MonthDay,
        r"{WD},?{S}{MON}{S}{D}(?:,?{S}{Y})?",
    ),
    (
        "weekday_day_month",
        Kind::MonthDay,
        r"{WD},?{S}(?:the{S})?{D}{S}(?:of{S})?{MON}(?:,?{S}{Y})?",
    ),
    ("month_day", Kind::MonthDay, r"{MON}{S}?{D}(?:,?{S}{Y})?"),
    (
        "day_month_yy",
        Kind::MonthDay,
        r"(?P<x>{D}{S}{MON}{S}{AP}?(?P<yy>[0-9]{2})(?-u:\b))(?:{S}--|{S}-|,|\.|{S}\()",
    ),
    (
        "day_month",
        Kind::MonthDay,
        r"{D}{S}(?:of{S})?{MON}(?:,?{S}{Y})?",
    ),
    (
        "the_day_of_month",
        Kind::MonthDay,
        r"the{S}{D}{S}of{S}{MON}(?:,?{S}{Y})?",
    ),
    // ---- months, seasons, quarters, years ------------------------------------------------
    (
        "mod_month",
        Kind::Month,
        r"(?P<modw>early|late|mid|end|the{S}(?:middle|end|beginning|start|first{S}half|second{S}half){S}of|(?:end|beginning|start){S}of)(?:{S}|-){MON}(?:,?{S}(?:of{S})?{Y}|{S}(?P<rel2>this|last|next){S}year)?",
    ),
    (
        "part_of_month",
        Kind::Month,
        r"the{S}(?:first|second|third|fourth|last|final|past|closing|opening){S}(?:week|weekend|days|fortnight|ten{S}days){S}of{S}{MON}(?:,?{S}{Y})?",
    ),
    ("month_year", Kind::Month, r"{MON},?{S}(?:of{S})?{Y}"),
    // "January nineteen ninety-seven" (spoken transcripts).
    (
        "month_spelled_year",
        Kind::Month,
        r"{MON},?{S}(?:of{S})?{SY}",
    ),
    (
        "month_rel_year",
        Kind::Month,
        r"{MON}{S}(?P<rel2>this|last|next){S}year(?-u:\b)",
    ),
    (
        "rel_month",
        Kind::Month,
        r"(?P<rel>last|next|this|earlier{S}this|later{S}this|(?:early|late|mid)-?{S}?(?:this|last|next)){S}{MON}",
    ),
    // "the winter of nineteen ninety-four".
    (
        "season_spelled_year",
        Kind::Season,
        r"(?:the{S}(?:(?:early|late|mid){S})?)?(?P<season>spring|summer|fall|autumn|winter){S}of{S}{SY}",
    ),
    (
        "season",
        Kind::Season,
        r"(?:(?P<rel>this{S}past|this{S}coming|this|last|next|the{S}past|the{S}coming|the{S}early|the{S}late|early|late|mid|the)(?:{S}|-)(?P<season>spring|summer|fall|autumn|winter)(?:{S}(?:of{S})?{Y})?|(?P<season2>spring|summer|fall|autumn|winter){S}(?:of{S})?(?P<y2>1[5-9][0-9][0-9]|20[0-9][0-9]))(?-u:\b)",
    ),
    (
        "quarter",
        Kind::Quarter,
        r"(?:(?:the{S})?(?:(?P<rel>this|last|next|(?:this|last|next){S}year{AP}s|year-earlier|year-ago|{Y})(?:{S}|-))?(?:fiscal{S}|fiscal-)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th){S}(?:fiscal{S})?quarter(?:{S}of{S}(?:fiscal{S})?(?P<y2>1[5-9][0-9][0-9]|20[0-9][0-9]))?|(?P<qa>first|second|third|fourth|1st|2nd|3rd|4th)-quarter)(?-u:\b)",
    ),
    (
        "year_quarter",
        Kind::Quarter,
        r"the{S}{Y}{S}(?:fiscal{S})?(?:quarter|period)(?-u:\b)",
    ),
    (
        "quarter_code",
        Kind::Quarter,
        r"Q(?P<qn>[1-4])(?:{S}|-|/)?(?:FY)?{Y}",
    ),
    (
        "year_quarter_code",
        Kind::Quarter,
        r"{Y}(?:{S}|-|/)?Q(?P<qn>[1-4])(?-u:\b)",
    ),
    (
        "fiscal_year",
        Kind::FiscalYear,
        r"(?:FY{S}?|fiscal{S}(?:year{S})?)'?(?P<fy>[0-9]{4}|[0-9]{2})(?-u:\b)",
    ),
    (
        "decade",
        Kind::Decade,
        r"(?:the{S})?(?:(?P<modw>early|mid|late)(?:{S}|-))?(?:(?P<dec>1[5-9][0-9]0|20[0-9]0)|{AP}(?P<dec2>[0-9]0)){AP}?s(?-u:\b)|the{S}(?:(?P<modw2>early|mid|late)(?:{S}|-))?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?-u:\b)",
    ),
    (
        "century",
        Kind::Century,
        r"(?:the{S})?(?:(?P<modw>early|mid|late)(?:{S}|-))?(?P<cn>[12]?[0-9])(?:st|nd|rd|th){S}century(?-u:\b)",
    ),
    // "the first two quarters of 1990": a half of that year (one expression, not a duration
    // and a year).
    (
        "quarters_of_year",
        Kind::Half,
        r"(?:the{S})?(?P<h>first|last)(?:{S}|-)two{S}quarters{S}of{S}(?:{Y}|(?P<rel>this|last|next){S}year|fiscal{S}(?P<fy>[0-9]{4}))(?-u:\b)",
    ),
    (
        "half_year",
        Kind::Half,
        r"(?:the{S})?(?P<h>first|second|last)(?:{S}|-)half(?:{S}of{S}(?:{Y}|(?P<rel>this|last|next|the){S}year|(?:fiscal{S})?(?P<fy>[0-9]{4})))?(?-u:\b)",
    ),
    (
        "mod_year",
        Kind::Year,
        r"(?P<modw>early|late|mid|the{S}(?:middle|end|beginning|start|first{S}half|second{S}half){S}of|(?:end|beginning|start){S}of|(?:end|mid)-)(?:{S}|-)?{Y}",
    ),
    // ---- relative to the document date -------------------------------------------------
    (
        "times_per",
        Kind::Set,
        r"(?:(?:nearly|almost|around|about|approximately|roughly|at{S}least|more{S}than|up{S}to){S})?(?P<freq>once|twice|thrice|(?:[0-9]{1,3}|{NUMW}){S}times){S}(?:a|an|per|every|each){S}{UNIT1}(?-u:\b)",
    ),
    // "a week ago today", "two weeks ago yesterday": one day, counted back from the day
    // named after "ago" (not a week and a separate "today").
    (
        "ago_day",
        Kind::Ago,
        r"{NUM}{S}{UNIT}{S}ago{S}(?P<agoday>today|yesterday)(?-u:\b)",
    ),
    (
        "ago",
        Kind::Ago,
        r"{APPROX}{NUM}{S}{UADJ}{UNIT}(?P<frac2>{S}and{S}a{S}half)?{S}(?:or{S}so{S})?(?P<dir>ago|earlier|from{S}now|hence)(?-u:\b)",
    ),
    (
        "in_future",
        Kind::InFuture,
        r"in{S}(?P<x>{NUM}{S}{UADJ}{UNIT}(?P<time>{AP}s?{S}time(?-u:\b))?)",
    ),
    (
        "vague_period",
        Kind::VaguePeriod,
        r"(?P<vague>recent|the{S}coming|coming|the{S}next{S}few|the{S}past{S}few|the{S}last{S}few|several|a{S}few|few|many){S}(?P<unit>years|months|weeks|days|decades|centuries|hours|quarters)(?-u:\b)",
    ),
    // "in past years": like "recent years", a vague time in the past ("the past years" stays
    // "the past").
    (
        "past_years",
        Kind::VaguePeriod,
        r"(?P<vague>past){S}(?P<unit>years|decades|centuries)(?-u:\b)",
    ),
    // "the first hours of the war", "the early years": a stretch of the plural unit with no
    // number (TimeML: a vague duration, `PTXH`, `PXY`).
    (
        "edge_period",
        Kind::VaguePeriod,
        r"the{S}(?:first|early|opening|closing|final|initial){S}(?P<unit>hours|days|weeks|months|years|decades)(?-u:\b)",
    ),
    (
        "ahead",
        Kind::VaguePeriod,
        r"the{S}(?P<unit>years|months|weeks|days|hours){S}ahead(?-u:\b)",
    ),
    (
        "over_the_years",
        Kind::VaguePeriod,
        r"over{S}(?P<x>the{S}(?P<unit>years|decades))(?-u:\b)",
    ),
    (
        "for_period",
        Kind::VaguePeriod,
        r"(?:for|over|within|in|just|only|mere){S}(?P<x>(?P<unit>years|months|weeks|days|hours|decades|centuries))(?-u:\b)",
    ),
    // "within minutes", "within seconds": the unit word alone is the vague duration (`PTXM`,
    // `PTXS`); after "within" only, as "in minutes" or "for seconds" are rarer and looser.
    (
        "within_minutes",
        Kind::VaguePeriod,
        r"within{S}(?P<x>(?P<unit>minutes|seconds))(?-u:\b)",
    ),
    // "over the following days", "in the ensuing weeks": a vague stretch after the events told
    // (`PXD`, `PXW`), like "the coming days".
    (
        "following_period",
        Kind::VaguePeriod,
        r"the{S}(?:following|ensuing|subsequent){S}(?P<unit>hours|days|weeks|months|years)(?-u:\b)",
    ),
    // "hours earlier", "days later": a stretch with no number before a relative adverb, which
    // stays outside as TimeML leaves it outside "Three [days] later" (blind9, blind11).
    (
        "period_later",
        Kind::VaguePeriod,
        r"(?P<x>(?P<unit>years|months|weeks|days|hours|minutes))(?:{S})(?:earlier|later)(?-u:\b)",
    ),
    // "hours before campaigning opened", "Hours after the funeral": a stretch with no number
    // before a relation to an event; the relation stays outside, as with "later" above.
    (
        "period_before_event",
        Kind::VaguePeriod,
        r"(?P<x>(?P<unit>years|months|weeks|days|hours|minutes)){S}(?:before|after)(?-u:\b)",
    ),
    // "after weeks of talks", "followed months of fighting": a stretch of time before "of".
    (
        "period_of",
        Kind::VaguePeriod,
        r"(?:after|following|followed|follows|amid|despite|ending|ended|ends){S}(?P<x>(?P<unit>years|months|weeks|days|hours|decades)){S}of(?-u:\b)",
    ),
    // "last year's quarter": that year's quarter (the one being reported).
    (
        "year_poss_quarter",
        Kind::RelUnit,
        r"(?P<rel>last|this|next){S}year{AP}s{S}(?P<poss>(?:(?:same|comparable|corresponding){S})?quarter)(?-u:\b)",
    ),
    (
        "rel_unit",
        Kind::RelUnit,
        r"(?P<pre>(?:earlier|later|early|late|mid|end)(?:{S}|-)|the{S}(?:end|beginning|start|middle){S}of{S})?(?P<rel>this|last|next|past|previous|coming|current|latest|the{S}past|the{S}previous|the{S}last|the{S}coming|the{S}next|the{S}current|the{S}same|the{S}latest|the{S}most{S}recent){S}(?:fiscal{S})?(?P<unit>week|month|year|decade|century|weekend|quarter)(?-u:\b)",
    ),
    (
        "the_weekend",
        Kind::RelUnit,
        r"the{S}(?P<unit>weekend)(?-u:\b)",
    ),
    (
        "end_of_the_unit",
        Kind::RelUnit,
        r"the{S}(?:end|beginning|start|middle){S}of{S}the{S}(?P<unit>year|month|week|decade|century)(?-u:\b)",
    ),
    (
        "year_end",
        Kind::RelUnit,
        r"(?:the{S})?(?P<unit>year)(?:-|{S}|{AP}s{S})end(?-u:\b)",
    ),
    (
        "the_quarter",
        Kind::RelUnit,
        r"the{S}(?:(?:latest|most{S}recent|just{S}ended|just-ended|recent|fiscal){S})?(?P<unit>quarter)(?:{S}(?P<ago>a{S}year{S}(?:ago|earlier)))?(?-u:\b)|the{S}(?:latest|most{S}recent|just{S}ended|just-ended){S}(?P<period>period)(?-u:\b)",
    ),
    (
        "year_ago_adj",
        Kind::YearAgo,
        r"(?:the{S}(?:comparable{S}|corresponding{S})?year-(?:earlier|ago){S}(?P<unit>quarter|period)|year-(?:earlier|ago))(?-u:\b)",
    ),
    (
        "holiday",
        Kind::Holiday,
        r"(?:(?P<rel>last|next|this){S})?(?P<hol>election{S}day|christmas{S}eve|christmas{S}day|christmas|easter{S}sunday|easter{S}day|easter{S}monday|easter{S}week|good{S}friday|easter|new{S}year{AP}s{S}eve|new{S}year{AP}s{S}day|new{S}year{AP}s|thanksgiving{S}day|thanksgiving|independence{S}day|valentine{AP}s{S}day|halloween)(?-u:\b)(?:,?{S}{Y})?",
    ),
    ("spelled_year", Kind::SpelledYear, r"(?:the{S}year{S})?{SY}"),
    // ---- parts of a day ----------------------------------------------------------------
    (
        "rel_part_of_day",
        Kind::PartOfDay,
        r"(?P<rel>the{S}(?:next|following|previous|same)|that){S}(?P<tod>morning|afternoon|evening|night)(?-u:\b)",
    ),
    (
        "mod_part_of_day",
        Kind::PartOfDay,
        r"(?:(?P<mod>early|late|mid)(?:-|{S})(?P<tod>morning|afternoon|evening|night)|mid(?P<tod2>morning|afternoon|evening))(?-u:\b)",
    ),
    // "late in the evening", "early in the morning": the modifier stays in the extent.
    (
        "mod_in_the_part_of_day",
        Kind::PartOfDay,
        r"(?P<mod>early|late){S}in{S}the{S}(?P<tod>morning|afternoon|evening|night)(?-u:\b)",
    ),
    // "before dawn", "at dusk": TIMEX3 has no code for dawn or dusk; they are read as the
    // morning and the evening. Only after a preposition ("Dawn" is a name, "dawn raids" an
    // adjective).
    (
        "at_dawn",
        Kind::PartOfDay,
        r"(?:before|at|after|until|till|by|around|from|since|near){S}(?P<x>(?P<tod>dawn|daybreak|sunrise|dusk|sunset|nightfall))(?-u:\b)",
    ),
    (
        "in_the_part_of_day",
        Kind::PartOfDay,
        r"(?:in|during|by){S}(?P<x>the{S}(?:(?P<mod>early|late){S})?(?P<tod>morning|afternoon|evening|night))(?-u:\b)",
    ),
    (
        "deictic_tod",
        Kind::Deictic,
        // A modifier stays inside, as with days ("[early this morning]", "[late last night]").
        r"(?:(?:early|late){S})?(?P<rel>this|yesterday|tomorrow|last|later{S}this|earlier{S}this){S}{TOD}",
    ),
    (
        "deictic",
        Kind::Deictic,
        r"(?:(?P<pre>early|late|earlier|later){S})?(?P<day>today|yesterday|tomorrow|tonight|the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow)(?-u:\b)",
    ),
    // ---- durations --------------------------------------------------------------------
    (
        "duration_adj",
        Kind::Duration,
        r"(?P<num>(?:[0-9]+|{NUMW})(?P<frac>-and-a-half)?)-(?P<unit>year|month|week|day|hour|minute|decade|century)(?:-long)?(?-u:\b)",
    ),
    // "half a century", "a quarter of a century", "a quarter century": a fraction of a long
    // unit (P50Y, P25Y), not "[a century]" inside it.
    (
        "duration_fraction",
        Kind::Duration,
        r"(?P<num>half|a{S}quarter)(?:{S}of)?(?:{S}an?)?{S}(?P<unit>century|decade)(?-u:\b)",
    ),
    (
        "vague_long",
        Kind::VaguePeriod,
        r"(?P<unit>years|months|weeks|days|decades|centuries|hours)-long(?-u:\b)",
    ),
    (
        "duration",
        Kind::Duration,
        r"(?:(?:the{S})?(?P<rel>past|last|next|first|coming|previous|final|following|recent|initial|remaining|year-earlier|year-ago){S}|the{S})?{APPROX}{NUM}{S}{UADJ}{UNIT}(?P<frac2>{S}and{S}a{S}half(?-u:\b))?",
    ),
    // ---- vague references (after durations: "the past five years" is a duration) ----
    (
        "present_ref",
        Kind::Present,
        r"(?:at{S}(?P<x>present|the{S}moment)|right{S}now|now|currently|nowadays|presently|these{S}days|the{S}present|current)(?-u:\b)",
    ),
    (
        "past_ref",
        Kind::Past,
        r"(?:(?:(?:more|most|very|relatively|fairly|quite|only){S})?recently|lately|the{S}past)(?-u:\b)",
    ),
    (
        "future_ref",
        Kind::Future,
        r"(?:the{S}near{S}future|the{S}foreseeable{S}future|the{S}future|the{S}near{S}term|the{S}short{S}term|as{S}soon{S}as{S}possible|soon|a{S}(?:later|future){S}date)(?-u:\b)",
    ),
    // ---- times of day -----------------------------------------------------------------
    (
        "clock",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5][0-9]))?{S}?(?P<ap>a\.m\.|p\.m\.|(?:a\.m|p\.m|am|pm)(?-u:\b))(?:{S}(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local{S}time)(?-u:\b))?",
    ),
    (
        "clock_words",
        Kind::Clock,
        r"(?:at|around|about|until|till|by|before|after|from|since){S}(?P<x>(?P<hh>1[0-2]|0?[1-9])(?::(?P<mm>[0-5][0-9]))?(?:{S}o{AP}clock)?{S}(?:in{S}the{S}(?P<half>morning|afternoon|evening)|at{S}(?P<half2>night)))(?-u:\b)|(?P<hh2>1[0-2]|0?[1-9]){S}o{AP}clock(?-u:\b)",
    ),
    (
        "clock24",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>[01]?[0-9]|2[0-3]):(?P<mm>[0-5][0-9]){S}?(?P<zone>GMT|UTC|local{S}time|hrs|hours)(?-u:\b)",
    ),
    // Wire copy's four-digit times with a zone: "at about 0200 GMT", "1430 local time". Without
    // a zone four digits are a year or a count ("1430 hours of overtime" is not a time).
    (
        "clock_hhmm",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9]){S}(?P<zone>GMT|UTC|local{S}time)(?-u:\b)",
    ),
    // A 24-hour clock time after a preposition, without a zone: "since 16:00 on Friday", "at
    // 07:30". Hours 13–23 or with a leading zero only, so that "at 9:30" (morning or evening?)
    // and "10:35 a.m." are left to the rows that read a.m./p.m.
    (
        "clock24_after_preposition",
        Kind::Clock,
        r"(?:at|around|about|until|till|by|before|after|from|since){S}(?P<x>(?P<hh>1[3-9]|2[0-3]|0[0-9]):(?P<mm>[0-5][0-9]))(?-u:\b)",
    ),
    // Military and press-release times: "at about 1030 hours" (not "1430 hours of overtime":
    // `filter::accept` turns away a count of hours followed by "of").
    (
        "clock_hhmm_hours",
        Kind::Clock,
        r"(?:(?:around|about|approximately){S})?(?P<hh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9]){S}(?:hours|hrs)(?-u:\b)",
    ),
    (
        "noon",
        Kind::Clock,
        r"(?P<named>noon|midday|midnight)(?-u:\b)",
    ),
    // ---- recurring ----------------------------------------------------------------------
    (
        "every_unit",
        Kind::Set,
        r"(?:every|each){S}(?:(?P<num>other|two|three|four|five|six|few|several|[0-9]+){S})?(?P<unit>day|week|month|year|decade|hour|minute|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|fall|quarter)s?(?-u:\b)",
    ),
    ("every_weekday", Kind::Set, r"(?:every|each){S}{WD}(?-u:\b)"),
    ("every_month", Kind::Set, r"(?:every|each){S}{MON}"),
    (
        "weekday_plural",
        Kind::Set,
        r"(?P<wdp>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?:{S}(?P<tod>mornings|afternoons|evenings|nights))?(?-u:\b)",
    ),
    // "on Monday and Tuesday nights": a weekday before a plural part of the day recurs (the
    // singular "Tuesday night" is one time).
    (
        "weekday_tod_plural",
        Kind::Set,
        r"{WD}{S}(?P<tod>mornings|afternoons|evenings|nights)(?-u:\b)",
    ),
    (
        "adverb_set",
        Kind::Set,
        r"(?P<adv>daily|weekly|monthly|annually|annual|yearly|hourly|nightly|quarterly|biweekly|fortnightly|biannually|semiannually|biannual|semiannual|semi-annual)(?-u:\b)",
    ),
    // ---- weekdays, bare months, bare years ---------------------------------------------
    (
        "weekday",
        Kind::Weekday,
        r"(?:(?P<rel>(?:(?:early|late){S})?(?:last|next|this)|earlier|later|early|late|coming|past|the{S}previous|the{S}following|the{S}next|the{S}coming|the{S}past){S})?{WD}(?-u:\b)(?:{S}{TOD})?",
    ),
    ("month", Kind::Month, r"{MON}"),
    ("year", Kind::Year, r"(?:the{S}year{S})?{Y}"),
    // ---- the year / week / day the text is about, and anaphors ("that year") ----------
    (
        "anaphor_unit",
        Kind::Anaphor,
        r"(?:(?P<pre>earlier|later|early|late)(?:{S}in)?{S})?(?P<ana>that|the{S}following|the{S}next|the{S}same|the{S}previous|the{S}prior)(?:{S}|-)(?P<unit>year|month|week|day)(?-u:\b)",
    ),
    // "up from 950 the year before.": counted from the year the text named; only at the end of
    // a clause, since "the day before the vote" is anchored to the vote.
    (
        "anaphor_unit_before",
        Kind::Anaphor,
        r"(?P<x>the{S}(?P<unit>year|month|week|day){S}(?P<ana>before|after))(?:[.,;:)\n]|$)",
    ),
    (
        "the_unit",
        Kind::TheUnit,
        r"(?P<x>(?:(?P<pre>earlier|later)(?:{S}in)?{S})?the{S}(?:(?:full|fiscal|entire|whole|current){S})?(?P<unit>year|week))(?P<ended>{S}(?:end(?:ed|ing)|to))?(?-u:\b)|(?:earlier|later){S}in{S}the{S}(?P<day>day)(?-u:\b)",
    ),
];

/// Expands `{NAME}` placeholders from [`BLOCKS`] (recursively: blocks may use blocks).
pub fn expand(pattern: &str) -> String {
    let mut out = pattern.to_string();
    // Blocks nest at most a few levels deep.
    for _ in 0..8 {
        let mut changed = false;
        for (name, body) in BLOCKS {
            let key = format!("{{{name}}}");
            if out.contains(&key) {
                out = out.replace(&key, body);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    out
}

/// Turns every named group into a non-capturing group (for the combined scanner, where the
/// names of different rows would collide).
pub fn strip_names(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?P<") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        match after.find('>') {
            Some(close) => {
                out.push_str("(?:");
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[at..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_compiles_and_ids_are_unique() {
        let mut ids = std::collections::HashSet::new();
        for (id, _, pat) in PATTERNS {
            assert!(ids.insert(*id), "duplicate id {id}");
            let full = format!("(?i)^(?:{})", expand(pat));
            assert!(
                !BLOCKS
                    .iter()
                    .any(|(n, _)| full.contains(&format!("{{{n}}}"))),
                "{id}: unexpanded block"
            );
            regex::Regex::new(&full).unwrap_or_else(|e| panic!("{id}: {e}"));
        }
    }

    #[test]
    fn strip_names_keeps_structure() {
        assert_eq!(strip_names("(?P<a>x(?P<b>y))z"), "(?:x(?:y))z");
    }
}
