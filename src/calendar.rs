//! Month and weekday names: the one table every part of sitrep reads them from (the date
//! extractor, header and dateline dates, and the casualty rule that "7 March" is not a count).

/// Month names and abbreviations → month number (lowercase keys, without a trailing period).
/// Each month's full name comes first ([`is_full_name`] relies on it).
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names → ISO weekday number (Monday = 1).
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

/// The month number of a month name or abbreviation (any case, trailing period allowed).
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// The ISO weekday number (Monday = 1) of a weekday name, singular or plural.
pub fn weekday(word: &str) -> Option<u32> {
    let w = word.strip_suffix(['s', 'S']).unwrap_or(word);
    WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w) || name.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// Whether `word` is a full month or weekday name, any case ("March", "tuesday"; not "Mar",
/// "Tuesdays").
///
/// ```
/// assert!(sitrep::calendar::is_full_name("May"));
/// assert!(!sitrep::calendar::is_full_name("Sept"));
/// ```
pub fn is_full_name(word: &str) -> bool {
    let full_month = MONTHS
        .iter()
        .enumerate()
        .any(|(i, &(name, n))| (i == 0 || MONTHS[i - 1].1 != n) && name.eq_ignore_ascii_case(word));
    full_month
        || WEEKDAYS
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(word))
}

/// Whether `word` names a month, in full or abbreviated ("March", "mar", "Sept.").
///
/// ```
/// assert!(sitrep::calendar::is_month("Sept."));
/// assert!(!sitrep::calendar::is_month("marching"));
/// ```
pub fn is_month(word: &str) -> bool {
    month(word).is_some()
}
