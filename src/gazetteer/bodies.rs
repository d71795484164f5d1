//! Named state bodies no gazetteer lists, found by their shape: ORG per the guidelines
//! ("armed forces, military units, police, intelligence and security bodies with a proper
//! name", "other state bodies with a distinctive proper name", "named state radio and TV
//! services").
//!
//! Two shapes, both with evidence in the text itself:
//! - a name the story defines an acronym for, whose last word is a body noun of
//!   [`BODY_NOUNS`]: "the State Investigation and Protection Agency (SIPA)", "Criminal
//!   Investigation Department (CID)". The acronym's capitals must be the name's initials in
//!   order (the matcher's `initials_spell`) or, all of them, in another order (a translated
//!   name: "National Civil Police (PNC)"), and the acronym is tagged wherever the story
//!   repeats it;
//! - a name right after "state television", "state radio", "state broadcaster" and the like
//!   ([`BROADCASTER_CUES`]): "state television TVT", "read on state television, Tele Sahel". It
//!   is tagged wherever the story repeats it.
//!
//! A name without such evidence ("the Joint Command of the Armed Forces") is not guessed at.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::normalize;
use crate::model::{Annotation, Detail, Document, EntityLink, MentionForm, Name};

/// Last words of a state body's name ("Unit" is left out: "European Currency Unit (ECU)",
/// "Intensive Care Unit (ICU)"). Plural "Services" and "Council" are left out: "Catholic
/// Relief Services (CRS)" and "Norwegian Refugee Council (NRC)" are NGOs, which the
/// guidelines do not tag; "Ministry" is left out because ministries named by function are not
/// tagged.
pub const BODY_NOUNS: &[&str] = &[
    "Agency",
    "Authority",
    "Bureau",
    "Command",
    "Commission",
    "Constabulary",
    "Corps",
    "Department",
    "Directorate",
    "Force",
    "Forces",
    "Gendarmerie",
    "Guard",
    "Police",
    "Service",
];

/// Lower-case words that may join the capitalized words of a body's name ("State
/// Investigation and Protection Agency", "Directorate of Military Intelligence").
const NAME_CONNECTORS: &[&str] = &["and", "of", "for", "the", "&"];

/// The longest name looked back over, in words.
const MAX_NAME_WORDS: usize = 8;

/// Phrases (lower case, as written) after which a broadcaster's name follows.
pub const BROADCASTER_CUES: &[&str] = &[
    "state television",
    "state TV",
    "state radio",
    "state broadcaster",
    "state news agency",
    "state-run news agency",
    "state-run television",
    "state-run TV",
    "state-run radio",
    "public broadcaster",
    "national broadcaster",
    "STATE TELEVISION",
    "STATE TV",
    "STATE RADIO",
    "STATE BROADCASTER",
    "STATE NEWS AGENCY",
    // "the Mauritanian news agency Al Akhbar": found from its last word (see
    // [`NEWS_AGENCY_CUE`]).
    "news agency",
];

/// The one cue found from its last word, "agency": the matcher collects the starts of words
/// by their first byte and length ([`CUE_WORD_LEN`]), and "news" would share its byte with
/// "national".
const NEWS_AGENCY_CUE: &str = "news agency";

/// The longest broadcaster name, in words ("Radio Télévision Libre des Mille Collines" is
/// longer, and is in the gazetteer).
const MAX_BROADCASTER_WORDS: usize = 3;

/// A body found by its shape: the name's span and, when the story defines one, the acronym's
/// (in bytes of the document text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub name: (usize, usize),
    pub acronym: Option<(usize, usize)>,
    pub rule: &'static str,
}

/// Every body the text defines (see the module comment), in text order.
///
/// ```ignore
/// let text = "Officers of the State Investigation and Protection Agency (SIPA) left.";
/// let found = find(text);
/// assert_eq!(&text[found[0].name.0..found[0].name.1], "State Investigation and Protection Agency");
/// ```
pub fn find(text: &str) -> Vec<Body> {
    // The searchers, built once: building four per document cost about as much as searching
    // a short story with them.
    static ANCHORS: LazyLock<[(&str, Finder<'static>); 4]> =
        LazyLock::new(|| ["state", "STATE", "broadcaster", "agency"].map(|a| (a, Finder::new(a))));
    let mut found = acronym_bodies(text);
    // Every cue starts with one of these words: three scans instead of one per cue.
    for (anchor, finder) in ANCHORS.iter() {
        let anchor = *anchor;
        for hit in finder.find_iter(text.as_bytes()) {
            // Most "state"s are "statement", "states", "stated": every cue goes on with a
            // space or a hyphen after "state".
            let ends_cue = matches!(anchor, "broadcaster" | "agency");
            if !ends_cue && !matches!(text.as_bytes().get(hit + anchor.len()), Some(b' ' | b'-')) {
                continue;
            }
            let cue = BROADCASTER_CUES.iter().find_map(|cue| {
                let at = if ends_cue {
                    // A cue shorter than the anchor does not end in it (no underflow).
                    hit.checked_sub(cue.len().checked_sub(anchor.len())?)?
                } else {
                    hit
                };
                text.get(at..)?
                    .starts_with(cue)
                    .then_some((at, at + cue.len()))
            });
            if let Some(body) = cue.and_then(|(at, end)| broadcaster(text, at, end)) {
                found.push(body);
            }
        }
    }
    found.sort_by_key(|b| b.name.0);
    found.dedup_by_key(|b| b.name.0);
    found
}

/// The length of the broadcaster cue's first word that a word starting with this byte must
/// have (0: none starts with it): "state", "STATE", "public", "national".
pub(super) const CUE_WORD_LEN: [u8; 256] = {
    let mut t = [0; 256];
    t[b's' as usize] = 5;
    t[b'S' as usize] = 5;
    t[b'p' as usize] = 6;
    t[b'n' as usize] = 8;
    t[b'a' as usize] = 6;
    t
};

/// Whether the word `i..j` of a text (normalized or not: the cues are ASCII, which
/// normalizing keeps) is the first word of a broadcaster cue.
#[inline]
pub(super) fn may_begin_cue(bytes: &[u8], i: usize, j: usize) -> bool {
    matches!(
        bytes.get(i..j),
        Some(b"state" | b"STATE" | b"public" | b"national" | b"agency")
    )
}

/// [`find`] with the cues looked for only at the given word starts (original byte offsets,
/// increasing): the starts of the words of the normalized text that [`may_begin_cue`], which
/// the entity scan collects as it goes (three substring searches over the text cost more).
/// Every cue that starts a word begins such a word, except one right after a `_` (a word
/// byte for the scan, not alphanumeric for [`broadcaster`]): a text with a `_` is searched
/// whole (`underscore`: whether the text holds one, asked once for this and
/// [`super::units::find_among`]).
pub fn find_among(text: &str, cue_starts: &[usize], underscore: bool) -> Vec<Body> {
    let bytes = text.as_bytes();
    if underscore {
        return find(text);
    }
    let mut found = acronym_bodies(text);
    for &at in cue_starts {
        let Some(rest) = bytes.get(at..) else {
            continue;
        };
        // "news agency" is collected at its last word.
        if rest.starts_with(b"agency") {
            if let Some(cue_at) = at.checked_sub(NEWS_AGENCY_CUE.len() - "agency".len()) {
                if text.get(cue_at..at + "agency".len()) == Some(NEWS_AGENCY_CUE) {
                    found.extend(broadcaster(text, cue_at, at + "agency".len()));
                }
            }
            continue;
        }
        // The first cue of the list that starts here, as `find` takes it.
        if let Some(cue) = BROADCASTER_CUES
            .iter()
            .find(|cue| rest.starts_with(cue.as_bytes()))
        {
            found.extend(broadcaster(text, at, at + cue.len()));
        }
    }
    // Acronym bodies first, then the cues' (`find`'s order for bodies with the same start).
    found.sort_by_key(|b| b.name.0);
    found.dedup_by_key(|b| b.name.0);
    found
}

/// The bodies named before an acronym, in text order.
fn acronym_bodies(text: &str) -> Vec<Body> {
    // Most stories have no parenthesis at all (712 of the 1,000 of `bench-corpus-20mb/000`):
    // one byte search says so for less than the pair search costs to start and run.
    if memchr::memchr(b'(', text.as_bytes()).is_none() {
        return Vec::new();
    }
    static OPEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" ("));
    OPEN.find_iter(text.as_bytes())
        .filter_map(|open| acronym_body(text, open))
        .collect()
}

/// "Name (ACR)" with `open` at the space before the parenthesis.
fn acronym_body(text: &str, open: usize) -> Option<Body> {
    // No hyphen, and two capitals at least: an unlisted name needs a clear acronym.
    let acr = super::matcher::acronym_after(text, open).filter(|acr| {
        !acr.contains('-') && acr.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    })?;
    let head = &text[..open];
    let last = head.rsplit(' ').next()?;
    if !BODY_NOUNS.contains(&last) {
        return None;
    }
    // Walk back over capitalized words and connectors; the name starts at the first
    // capitalized word whose initials, with the rest, spell the acronym.
    let mut start = open - last.len();
    let mut best = None;
    let mut words = 1;
    loop {
        let name = &text[start..open];
        let capital_start = name.starts_with(|c: char| c.is_uppercase());
        if super::matcher::initials_spell(name, acr)
            || (capital_start && initials_reordered(name, acr))
        {
            best = Some(start);
        }
        if words >= MAX_NAME_WORDS || start == 0 {
            break;
        }
        // A line break or other mark before the name ends the walk, not the search.
        let Some(before) = text[..start].strip_suffix(' ') else {
            break;
        };
        let word_start = before
            .rfind([' ', '\n', '\t', '(', '"', '“'])
            .map_or(0, |p| p + 1);
        let word = &before[word_start..];
        let capital = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !(capital || NAME_CONNECTORS.contains(&word)) || word.is_empty() {
            break;
        }
        start = word_start;
        words += 1;
    }
    let start = best?;
    // A name must not start on a connector ("the Civil Aviation Authority (CAA)" starts at
    // "Civil"): `initials_spell` already needs the first capital to be the first word's.
    let acr_start = open + 2;
    Some(Body {
        name: (start, open),
        acronym: Some((acr_start, acr_start + acr.len())),
        rule: "pattern/defined-body",
    })
}

/// Whether the acronym's capitals are the initials of the name's capitalized words in another
/// order, each used once, three at least: a body named in English whose acronym comes from its
/// own language, where the adjective follows ("National Civil Police (PNC)", *Policía Nacional
/// Civil*; "National Penitentiary Institute (INP)").
fn initials_reordered(name: &str, acronym: &str) -> bool {
    let mut initials: Vec<u8> = name
        .split([' ', '-'])
        .filter_map(|w| w.bytes().next())
        .filter(u8::is_ascii_uppercase)
        .collect();
    let mut capitals: Vec<u8> = acronym.bytes().filter(u8::is_ascii_uppercase).collect();
    if capitals.len() < 3 || capitals.len() != acronym.len() {
        return false;
    }
    initials.sort_unstable();
    capitals.sort_unstable();
    initials == capitals
}

/// A name right after a broadcaster cue ending at `end`, optionally after a comma: one to
/// `MAX_BROADCASTER_WORDS` capitalized words, or one acronym, ending the phrase.
fn broadcaster(text: &str, at: usize, end: usize) -> Option<Body> {
    // The cue must start a word ("the state television", not "estate television").
    if text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    let rest = &text[end..];
    let skip = if rest.starts_with(", ") {
        2
    } else if rest.starts_with(' ') {
        1
    } else {
        return None;
    };
    let start = end + skip;
    // All-caps copy ("ON STATE TELEVISION TVT SAID") shows no case: one word only.
    let upper = !text[at..end].bytes().any(|b| b.is_ascii_lowercase());
    let limit = if upper { 1 } else { MAX_BROADCASTER_WORDS };
    let mut pos = start;
    let mut words = 0;
    let mut name_end = None;
    while words < limit {
        let tail = &text[pos..];
        let len = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(tail.len());
        let word = &tail[..len];
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if len == 0 || !capital || not_a_name(word) {
            break;
        }
        words += 1;
        name_end = Some(pos + len);
        if !tail[len..].starts_with(' ') {
            break;
        }
        pos += len + 1;
    }
    let name_end = name_end?;
    // "according to Tass news agency, Gazprom did not bid", "the Associated Press news agency
    // Contrack's withdrawal": after "news agency", a name after a comma must close an
    // appositive ("Botswana's official news agency, BOPA, announcing"), and a possessive is
    // the subject of another clause.
    if &text[at..end] == NEWS_AGENCY_CUE {
        let name = &text[start..name_end];
        if (skip == 2 && !text[name_end..].starts_with(','))
            || name.ends_with("'s")
            || name.ends_with("’s")
        {
            return None;
        }
    }
    // The name ends the phrase: punctuation or a lower-case word after it ("on state
    // television TVT said"), not another capitalized word beyond the limit.
    let after = &text[name_end..];
    let next_capital = !upper
        && after.strip_prefix(' ').is_some_and(|t| {
            t.starts_with(|c: char| c.is_uppercase())
                && !not_a_name(t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
        });
    if next_capital || words == 0 {
        return None;
    }
    Some(Body {
        name: (start, name_end),
        acronym: None,
        rule: "pattern/state-broadcaster",
    })
}

/// Words after a broadcaster cue that are no name, in upper case (compared case-insensitively:
/// "state television On Monday", all-caps "THE STATE RADIO IS CELEBRATING").
const NOT_BROADCASTER_WORDS: &[&str] = &[
    "A",
    "AN",
    "AND",
    "AS",
    "AT",
    "BUT",
    "BY",
    "FOR",
    "FROM",
    "IN",
    "IT",
    "OF",
    "ON",
    "THAT",
    "THE",
    "THIS",
    "TO",
    "WITH",
    "IS",
    "WAS",
    "HAS",
    "HAD",
    "WILL",
    "WOULD",
    "SAID",
    "SAYS",
    "REPORTED",
    "SHOWED",
    "AIRED",
    "BROADCAST",
    "ANNOUNCED",
    "QUOTED",
    "CARRIED",
    "STATION",
    "NETWORK",
    "NEWS",
    "CHANNEL",
    "STATEMENT",
    "FOOTAGE",
    "PICTURES",
    "LATE",
    "EARLY",
    "LAST",
];

fn not_a_name(word: &str) -> bool {
    NOT_BROADCASTER_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The annotation of a body's name (`form` name) or of its acronym (`form` acronym), linked
/// to one synthetic id per name.
pub fn annotation(
    doc: &Document,
    span: (usize, usize),
    name: &str,
    form: MentionForm,
    rule: &'static str,
) -> Annotation {
    pattern_org(doc, span, name, ("sitrep:org:", "pattern"), form, rule)
}

/// An ORG found by a pattern rather than a gazetteer (here and in [`super::units`]): its id is
/// `id_prefix` and the name's slug, its gazetteer `gazetteer`.
pub fn pattern_org(
    doc: &Document,
    (start, end): (usize, usize),
    name: &str,
    (id_prefix, gazetteer): (&str, &'static str),
    form: MentionForm,
    rule: &'static str,
) -> Annotation {
    Annotation {
        span: doc.span(start..end),
        label: Name::from_static("ORG"),
        rule: Name::from_static(rule),
        detail: Detail::Entity(EntityLink {
            id: format!("{id_prefix}{}", normalize::slug(name)).into(),
            name: name.into(),
            gazetteer: gazetteer.into(),
            form,
            country: None,
            role: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, Option<&str>)> {
        find(text)
            .iter()
            .map(|b| {
                (
                    &text[b.name.0..b.name.1],
                    b.acronym.map(|(s, e)| &text[s..e]),
                )
            })
            .collect()
    }

    #[test]
    fn a_broadcaster_anchor_near_the_start_and_short_cues() {
        // Cues shorter than "broadcaster" are skipped for that anchor (this underflowed in
        // debug builds), and one starting at the text's first byte is found.
        assert_eq!(names("national broadcaster ZBC said"), vec![("ZBC", None)]);
        assert_eq!(names("Later, state TV ZBC said"), vec![("ZBC", None)]);
        assert_eq!(names("broadcaster"), Vec::new());
    }

    #[test]
    fn defined_bodies_need_a_body_noun_and_matching_initials() {
        assert_eq!(
            names("Officers of the State Investigation and Protection Agency (SIPA) left."),
            [("State Investigation and Protection Agency", Some("SIPA"))]
        );
        assert_eq!(
            names("detectives of the Criminal Investigation Department (CID) said"),
            [("Criminal Investigation Department", Some("CID"))]
        );
        assert_eq!(
            names("Said:\nCriminal Investigation Department (CID) officers"),
            [("Criminal Investigation Department", Some("CID"))]
        );
        assert_eq!(
            names("the Royal Papua New Guinea Constabulary (RPNGC) said"),
            [("Royal Papua New Guinea Constabulary", Some("RPNGC"))]
        );
        // an NGO, a company, initials that do not spell the acronym, no body noun
        assert!(names("the Norwegian Refugee Council (NRC) said").is_empty());
        assert!(names("shares of Acme Holdings (AH) rose").is_empty());
        assert!(names("the Joint Task Force (JSF) said").is_empty());
        assert!(names("the new agency (NA) said").is_empty());
        assert!(names("the Force (F) and (").is_empty());
    }

    #[test]
    fn broadcasters_follow_their_cue() {
        assert_eq!(
            names("a statement read on state television TVT said."),
            [("TVT", None)]
        );
        assert_eq!(
            names("read on state television, Tele Sahel. Later"),
            [("Tele Sahel", None)]
        );
        assert_eq!(
            names("A GOVERNMENT STATEMENT READ ON STATE TELEVISION TVT SAID."),
            [("TVT", None)]
        );
        assert!(names("on state television on Monday").is_empty());
        assert!(names("on state television On Monday the").is_empty());
        assert!(names("real estate television ads").is_empty());
        assert_eq!(
            names("told the state news agency TAP. Later"),
            [("TAP", None)]
        );
        assert!(names("THE STATE RADIO IS CELEBRATING").is_empty());
        assert_eq!(
            names("the Mauritanian news agency Al Akhbar reported."),
            [("Al Akhbar", None)]
        );
        assert_eq!(
            names("Botswana's official news agency, BOPA, announcing"),
            [("BOPA", None)]
        );
        assert_eq!(
            names("told the state news agency TAP. Later the news agency"),
            [("TAP", None)]
        );
        // A comma with no appositive after it, a possessive, a lower-case word: no name.
        assert!(names("according to Tass news agency, Gazprom did not bid").is_empty());
        assert!(names("the AP news agency Contrack's withdrawal").is_empty());
        assert!(names("the news agency said; a news agencyX").is_empty());
    }

    /// What the entity scan collects: the original offsets of the normalized text's word
    /// starts (letters, digits, `_`) whose word [`may_begin_cue`].
    fn scan_cue_starts(text: &str) -> Vec<usize> {
        normalize::scan_word_starts(text, may_begin_cue)
    }

    #[test]
    fn cues_at_the_scans_word_starts_find_what_the_searches_find() {
        let mut texts: Vec<String> = [
            "on state television TVT said, and state-run TV, ZBC. STATE TV ZTV SAID",
            "the public broadcaster NRK and national broadcaster ZBC; estate television X",
            "x_state television TVT said; _state TV ZBC; state_TV; (state TV ZBC) «state TV ZBC»",
            "éstate TV ZBC; ’state TV ZBC; \u{a0}state TV ZBC; state\u{a0}TV ZBC; state TVT ZBC",
            "state broadcaster\nZBC; state  TV ZBC; statement on state radio, Radio Mali. Later",
            "the State Investigation and Protection Agency (SIPA) and state radio (SR) said",
            "national broadcasters, public broadcaster; state news agency TAP; STATE NEWS AGENCY",
            "news agency APA; news agency, BOPA, said; x_news agency ZBC; agency ZBC; newsagency X",
            "agency at start; news  agency ZBC; the news agency’s ZBC; news agency\nZBC news",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::testutil::seed_and_hard_files());
        let mut cued = 0;
        for t in &texts {
            let found = find(t);
            cued += found.iter().filter(|b| b.acronym.is_none()).count();
            assert_eq!(
                find_among(t, &scan_cue_starts(t), t.contains('_')),
                found,
                "{t:.80}"
            );
        }
        assert!(cued >= 10, "{cued}");
    }
}
