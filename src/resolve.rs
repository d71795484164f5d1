//! Cross-type resolution after extraction: ordering, and linking quote speakers to entities.
//!
//! Runs once per document on the merged annotations of all extractors, so extractors stay
//! independent of each other.
//!
//! Speaker linking, in order:
//! 1. a speaker span that contains an OFFICIAL, ORG or GROUP mention takes it (the longest;
//!    an OFFICIAL first): "Foreign Ministry spokesperson Mumtaz Baloch";
//! 2. a personal pronoun ("he", "she") or a person role noun ("the minister", "the Kazakh
//!    President") takes the most recent OFFICIAL mentioned before it — one of the country
//!    named inside the span when there is one ("the *Kazakh* President" → a Kazakh official) —
//!    unless a named speaker who is no known entity ("Dr. Rakisits") spoke in between: the
//!    pronoun then refers to that person and stays unlinked;
//! 3. a state body ("the ministry", "the government", "the statement") takes the COUNTRY
//!    named inside it ("the Kazakh Defense Ministry" → Kazakhstan), else the COUNTRY mentioned
//!    last before it; an organisation noun ("the group", "the army") the COUNTRY named inside
//!    it, else the ORG or GROUP mentioned last before it (within [`ORG_WINDOW`] bytes);
//! 4. a relative pronoun speaker ("Tokayev, who said …") takes the OFFICIAL, ORG or GROUP
//!    mention just before it (within [`RELATIVE_WINDOW`] bytes);
//! 5. any other speaker that contains a COUNTRY mention takes it ("Pakistan", "Chinese state
//!    media").
//!
//! Mentions inside the quotation itself are never antecedents of its speaker.
//!
//! A speaker linked by rule 1 is narrowed to the mention's span when titles, an article or a possessive stand
//! before the name, as entity spans leave them outside ("Foreign Ministry spokesperson [Mumtaz
//! Baloch]", "The [Revolutionary Guards]"): the independent annotators of every fixture set
//! mark speakers so. Role nouns and state bodies stay as they stand ("the minister").
//!
//! What stays unlinked: people no gazetteer lists (analysts, residents), "it", "they", and role
//! nouns with no compatible mention before them.

use crate::model::{Annotation, AnnotationType, Detail, Document, EntityLink, Span};

/// Personal pronouns that refer back to a person.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];

/// Head nouns of speaker phrases that name a person by role.
const PERSON_ROLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "general",
    "commander",
    "chief",
    "leader",
    "secretary",
    "governor",
    "senator",
    "official",
    "diplomat",
    "king",
    "emir",
    "prince",
    "mayor",
    "deputy",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "prosecutor",
    "judge",
    "colonel",
    "admiral",
    "representative",
    "lawmaker",
    "politician",
    "candidate",
    "nominee",
];

/// Head nouns of speaker phrases that name a state body or its statement: they speak for the
/// state named last.
const STATE_BODIES: &[&str] = &[
    "ministry",
    "government",
    "office",
    "department",
    "administration",
    "embassy",
    "mission",
    "statement",
    "cabinet",
    "presidency",
];

/// Head nouns of speaker phrases that name an organisation or an armed group.
const ORG_ROLES: &[&str] = &[
    "army",
    "military",
    "group",
    "organisation",
    "organization",
    "agency",
    "council",
    "command",
    "alliance",
    "bloc",
    "movement",
    "militants",
    "force",
    "forces",
    "police",
    "service",
    "committee",
    "commission",
];

/// How far back (bytes) a relative pronoun speaker ("who") looks for its antecedent.
pub const RELATIVE_WINDOW: usize = 160;

/// How far back (bytes) an organisation role noun looks for its ORG or GROUP.
pub const ORG_WINDOW: usize = 1500;

/// Orders annotations by start (then end, then type) and links quote speakers to entities.
pub fn resolve(doc: &Document, annotations: &mut [Annotation]) {
    // The entity pass alone writes its annotations in this order already; sorting would
    // still allocate room for every annotation.
    if !annotations.is_sorted_by(|a, b| position(a) <= position(b)) {
        sort_by_position(annotations);
    }
    link_speakers(doc, annotations);
}

/// What annotations are ordered by: start, then end, then type.
fn position(a: &Annotation) -> (usize, usize, AnnotationType) {
    (a.span.byte_start, a.span.byte_end, a.annotation_type())
}

/// The stable sort of `annotations` by [`position`], done on small keys: each extractor's
/// run of annotations is in order, and merging the runs of 208-byte records moved every
/// record into scratch room and back at each level. The keys (a word each, with the record's
/// index) are merged instead, and each record is then moved to its place once.
fn sort_by_position(annotations: &mut [Annotation]) {
    let Some(mut keys) = packed_positions(annotations) else {
        annotations.sort_by_key(position);
        return;
    };
    keys.sort_by_key(|&(key, _)| key);
    // `from[i]`: the index of the record that belongs at `i`.
    let mut from: Vec<u32> = keys.into_iter().map(|(_, i)| i).collect();
    permute(annotations, &mut from);
}

/// Each annotation's [`position`] in one word (start, end, type from the high bits down), with
/// its index; `None` when an offset does not fit in 31 bits or there are 2³² annotations.
fn packed_positions(annotations: &[Annotation]) -> Option<Vec<(u64, u32)>> {
    const LIMIT: usize = 1 << 31;
    if annotations.len() > u32::MAX as usize {
        return None;
    }
    let mut keys = Vec::with_capacity(annotations.len());
    for (i, a) in (0u32..).zip(annotations) {
        let (start, end, kind) = position(a);
        if start >= LIMIT || end >= LIMIT {
            return None;
        }
        keys.push(((start as u64) << 33 | (end as u64) << 2 | kind as u64, i));
    }
    Some(keys)
}

/// Rearranges `items` so that the item at `from[i]` ends at `i` (`from` is a permutation of
/// the indices, left as the identity): each cycle is walked once, its first item held aside
/// and every other one moved once into the place the last one left.
fn permute<T>(items: &mut [T], from: &mut [u32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        unsafe { permute_avx2(items, from) };
        return;
    }
    permute_records(items, from);
}

/// [`permute_records`] compiled with AVX2: a record's move (208 bytes for an [`Annotation`])
/// is then seven 32-byte loads and stores inline; with SSE2 alone LLVM calls `memcpy` for
/// anything over 128 bytes, ~28 instructions a move.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn permute_avx2<T>(items: &mut [T], from: &mut [u32]) {
    permute_records(items, from);
}

/// [`permute`] itself.
#[inline(always)]
fn permute_records<T>(items: &mut [T], from: &mut [u32]) {
    assert_eq!(items.len(), from.len());
    debug_assert!({
        let mut seen = vec![false; from.len()];
        from.iter()
            .all(|&i| !std::mem::replace(&mut seen[i as usize], true))
    });
    let base = items.as_mut_ptr();
    for start in 0..items.len() {
        if from[start] as usize == start {
            continue;
        }
        // SAFETY: every index is below `items.len()` (`from` is a permutation of
        // `0..items.len()`: asserted in debug builds, built so by `sort_by_position`), so each
        // pointer is inside `items`. The cycle's first item is read out, leaving a hole at
        // `start`; each step moves the item that belongs in the hole into it (a place of the
        // cycle not yet moved from) and the hole moves there; the held item fills the last
        // hole. Nothing in the loop can panic (unchecked reads, plain copies), so no item is
        // dropped twice or lost.
        unsafe {
            let held = std::ptr::read(base.add(start));
            let mut hole = start;
            loop {
                let next = *from.get_unchecked(hole) as usize;
                *from.get_unchecked_mut(hole) = hole as u32;
                if next == start {
                    break;
                }
                std::ptr::copy_nonoverlapping(base.add(next), base.add(hole), 1);
                hole = next;
            }
            std::ptr::write(base.add(hole), held);
        }
    }
}

/// An entity mention, borrowed from its annotation.
struct Mention<'a> {
    span: Span,
    label: &'a str,
    link: &'a EntityLink,
}

/// A speaker phrase's words, read once: how many there are, and the last one.
struct Phrase<'a> {
    text: &'a str,
    /// Whether `text` is ASCII, found once: every whole-phrase test asked again.
    ascii: bool,
    words: usize,
    last: &'a str,
}

impl<'a> Phrase<'a> {
    fn new(text: &'a str) -> Self {
        let (mut words, mut last) = (0, "");
        let ascii = text.is_ascii();
        if ascii {
            // The whitespace of ASCII text, byte by byte: `split_whitespace` decoded every
            // char of every speaker phrase for the same words.
            for word in text
                .split([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
                .filter(|w| !w.is_empty())
            {
                words += 1;
                last = word;
            }
        } else {
            for word in text.split_whitespace() {
                words += 1;
                last = word;
            }
        }
        Phrase {
            text,
            ascii,
            words,
            last,
        }
    }

    /// Whether the whole phrase is `word` (lower case), in any case: `to_lowercase() == word`.
    fn is(&self, word: &str) -> bool {
        if self.ascii {
            self.text.eq_ignore_ascii_case(word)
        } else {
            self.text.to_lowercase() == word
        }
    }

    fn is_person_pronoun(&self) -> bool {
        PERSON_PRONOUNS.iter().any(|p| self.is(p))
    }

    /// Whether the last word starts with a capital ("Rakisits", not "he" or "the minister").
    fn ends_capitalized(&self) -> bool {
        self.last.starts_with(char::is_uppercase)
    }

    /// What the head noun (the last word, its punctuation trimmed) names.
    fn head(&self) -> Head {
        let head = self.last.trim_matches(|c: char| !c.is_alphanumeric());
        let mut buffer = [0u8; 24];
        if head.len() <= buffer.len() && head.is_ascii() {
            let lower = &mut buffer[..head.len()];
            lower.copy_from_slice(head.as_bytes());
            lower.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(lower) {
                return head_kind(lower);
            }
        }
        head_kind(&head.to_lowercase())
    }
}

/// What a speaker phrase's head noun names: the lists above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Head {
    Person,
    StateBody,
    Org,
    Other,
}

/// The head noun lists as one table, built once: a head word is looked up once instead of
/// compared with each word of up to three lists. Inserted in reverse order of the tests that
/// read them, so a word in two lists keeps the kind tested first.
fn head_kind(lower: &str) -> Head {
    use std::sync::LazyLock;
    static HEADS: LazyLock<crate::fxhash::FxHashMap<&'static str, Head>> = LazyLock::new(|| {
        let mut heads = crate::fxhash::FxHashMap::default();
        for (list, kind) in [
            (ORG_ROLES, Head::Org),
            (STATE_BODIES, Head::StateBody),
            (PERSON_ROLES, Head::Person),
        ] {
            for &word in list {
                heads.insert(word, kind);
            }
        }
        heads
    });
    HEADS.get(lower).copied().unwrap_or(Head::Other)
}

fn link_speakers(doc: &Document, annotations: &mut [Annotation]) {
    // Most documents have no quotation to link: do not copy their entity mentions at all.
    let needs_linking = annotations
        .iter()
        .any(|a| matches!(&a.detail, Detail::Quote { speaker: Some(s), .. } if s.entity.is_none()));
    if !needs_linking {
        return;
    }
    // First decide every link while the mentions are borrowed, then copy only the chosen ones
    // (with the speaker's span narrowed to the name when titles surround it).
    let mut chosen: Vec<(usize, EntityLink, Option<Span>)> = Vec::new();
    {
        // Room for all at once: collecting grew the vector from 4 mentions by doubling.
        let mut mentions: Vec<Mention> = Vec::with_capacity(annotations.len());
        mentions.extend(annotations.iter().filter_map(|a| match &a.detail {
            Detail::Entity(link) => Some(Mention {
                span: a.span,
                label: &a.label,
                link,
            }),
            _ => None,
        }));
        if mentions.is_empty() {
            return;
        }
        // The last named speaker that is no known entity ("Dr. Rakisits"): a later "he" refers
        // to that person rather than to an official mentioned earlier.
        let mut unknown_person: Option<usize> = None;
        for (i, annotation) in annotations.iter().enumerate() {
            let Detail::Quote {
                speaker: Some(speaker),
                ..
            } = &annotation.detail
            else {
                continue;
            };
            let phrase = Phrase::new(doc.slice(speaker.span));
            let mut linked = speaker.entity.is_some();
            if !linked {
                let cx = Cx {
                    mentions: &mentions,
                    quote: annotation.span,
                    unknown_person,
                };
                if let Some(m) = link_one(&cx, speaker.span, &phrase) {
                    chosen.push((i, m.link.clone(), name_within(doc, speaker.span, m)));
                    linked = true;
                }
            }
            if phrase.ends_capitalized() && !phrase.is_person_pronoun() {
                unknown_person = (!linked).then_some(speaker.span.byte_end);
            }
        }
    }
    for (i, link, name) in chosen {
        if let Detail::Quote {
            speaker: Some(speaker),
            ..
        } = &mut annotations[i].detail
        {
            speaker.entity = Some(link);
            if let Some(name) = name {
                speaker.span = name;
            }
        }
    }
}

/// The speaker span narrowed to the entity mention that ends it, the way entity spans leave
/// titles and articles outside ("Foreign Secretary [Jeremy Hunt]", "AU Commission chairman
/// [Alpha Oumar Konare]", "The [Islamic Revolutionary Guard Corps]", "Haftar’s [Libyan National
/// Army]"): an official's name after whatever precedes it, an organization's or group's name
/// after an article or a possessive only. Role
/// nouns and state bodies stay as they stand ("the minister", "Pakistan's foreign ministry").
fn name_within(doc: &Document, speaker: Span, m: &Mention) -> Option<Span> {
    if m.span == speaker || !speaker.contains(&m.span) || m.span.byte_end != speaker.byte_end {
        return None;
    }
    let before = &doc.text[speaker.byte_start..m.span.byte_start];
    let narrows = match m.label {
        "OFFICIAL" => before.ends_with(' '),
        "ORG" | "GROUP" => {
            matches!(before, "the " | "The " | "THE ")
                || before.ends_with("'s ")
                || before.ends_with("’s ")
        }
        _ => false,
    };
    narrows.then_some(m.span)
}

struct Cx<'a> {
    mentions: &'a [Mention<'a>],
    /// The quotation itself: mentions inside it are not its speaker's antecedents.
    quote: Span,
    unknown_person: Option<usize>,
}

fn link_one<'m>(cx: &Cx<'m>, speaker: Span, phrase: &Phrase) -> Option<&'m Mention<'m>> {
    let mentions = cx.mentions;
    // Mentions are in text order (annotations were sorted): the ones before the speaker and
    // outside its quotation.
    let before = mentions.partition_point(|m| m.span.byte_start < speaker.byte_start);
    let antecedent =
        |m: &&Mention| m.span.byte_end <= speaker.byte_start && !cx.quote.contains(&m.span);
    // Only mentions starting inside the speaker can lie inside it: look from `before` up to
    // the speaker's end instead of over every mention of the document (a long document with
    // many quotations made this quadratic).
    let inside = || {
        mentions[before..]
            .iter()
            .take_while(|m| m.span.byte_start <= speaker.byte_end)
            .filter(|m| speaker.contains(&m.span))
    };
    let named = inside()
        .filter(|m| m.label != "COUNTRY")
        .max_by_key(|m| (m.label == "OFFICIAL", m.span.len()));
    if let Some(m) = named {
        return Some(m);
    }
    let country = inside().find(|m| m.label == "COUNTRY");
    let short = phrase.words <= 5;
    let head = if short { phrase.head() } else { Head::Other };
    if phrase.is("who") {
        // A relative pronoun: the mention it follows ("Tokayev, who said …").
        return mentions[..before].iter().rev().find(|m| {
            m.label != "COUNTRY" && speaker.byte_start - m.span.byte_end <= RELATIVE_WINDOW
        });
    }
    if phrase.is_person_pronoun() || head == Head::Person {
        let officials = mentions[..before].iter().rev().filter(|m| {
            m.label == "OFFICIAL"
                && antecedent(m)
                && cx.unknown_person.is_none_or(|p| m.span.byte_start >= p)
        });
        let of_country = country.and_then(|c| {
            officials
                .clone()
                .find(|m| m.link.country.as_deref() == Some(&*c.link.id))
        });
        return of_country.or_else(|| officials.clone().next());
    }
    if head == Head::StateBody {
        // "the ministry", "the government": the state named last before the quotation.
        let state = mentions[..before].iter().rev().find(|m| {
            m.label == "COUNTRY"
                && antecedent(m)
                && speaker.byte_start - m.span.byte_end <= ORG_WINDOW
        });
        return country.or(state);
    }
    if head == Head::Org {
        let org = mentions[..before].iter().rev().find(|m| {
            (m.label == "ORG" || m.label == "GROUP")
                && antecedent(m)
                && speaker.byte_start - m.span.byte_end <= ORG_WINDOW
        });
        return country.or(org);
    }
    country
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MentionForm, Speaker};

    fn entity(
        doc: &Document,
        text: &str,
        label: &str,
        id: &str,
        country: Option<&str>,
    ) -> Annotation {
        let at = doc.text.find(text).expect("mention in text");
        Annotation {
            span: doc.span(at..at + text.len()),
            label: label.into(),
            rule: "test".into(),
            detail: Detail::Entity(EntityLink {
                id: id.into(),
                name: text.into(),
                gazetteer: "test".into(),
                form: MentionForm::Name,
                country: country.map(Into::into),
                role: None,
            }),
        }
    }

    /// The key sort and its permutation against the stable sort of the records it replaced:
    /// random runs of annotations of two types with many equal positions, so that the order
    /// of equal keys (their input order) is checked too.
    #[test]
    fn sorting_by_keys_is_the_stable_sort_of_the_records() {
        let doc = Document::from_text("d", "x".repeat(64));
        let mut rng = crate::testutil::Xorshift(0x9e37_79b9_7f4a_7c15);
        for round in 0..2_000 {
            let n = rng.below(40) + round % 3;
            let annotations: Vec<Annotation> = (0..n)
                .map(|i| {
                    let start = rng.below(8);
                    let mut a = quote(&doc, "x", 0);
                    a.span = doc.span(start..start + rng.below(3));
                    // The rule tells equal positions apart in the comparison below.
                    a.rule = format!("r{i}").into();
                    if rng.below(2) == 0 {
                        a.detail = Detail::Date {
                            value: String::new(),
                            anchor: crate::model::Anchor::Absolute,
                        };
                    }
                    a
                })
                .collect();
            let mut want = annotations.clone();
            want.sort_by_key(position);
            let mut got = annotations;
            sort_by_position(&mut got);
            assert_eq!(got, want, "round {round}");
        }
    }

    fn quote(doc: &Document, speaker: &str, nth: usize) -> Annotation {
        let at = doc
            .text
            .match_indices(speaker)
            .nth(nth)
            .expect("speaker in text")
            .0;
        let span = doc.span(at..at + speaker.len());
        Annotation {
            span,
            label: "QUOTE".into(),
            rule: "test".into(),
            detail: Detail::Quote {
                content: span,
                speaker: Some(Box::new(Speaker { span, entity: None })),
                cue: None,
            },
        }
    }

    fn linked(annotations: &[Annotation]) -> Vec<Option<String>> {
        annotations
            .iter()
            .filter_map(|a| match &a.detail {
                Detail::Quote { speaker, .. } => Some(
                    speaker
                        .as_ref()
                        .and_then(|s| s.entity.as_ref().map(|e| e.id.to_string())),
                ),
                _ => None,
            })
            .collect()
    }

    /// The phrase reading against the lower-cased copies it replaced: word count, last word,
    /// whole-phrase and head-noun tests, on ASCII and non-ASCII phrases (a vertical tab, the
    /// Kelvin sign that lower-cases to `k`, a dotted capital I).
    #[test]
    fn phrase_reading_agrees_with_lower_cased_copies() {
        let kind_of = |head: &str| {
            let lists = [
                (PERSON_ROLES, Head::Person),
                (STATE_BODIES, Head::StateBody),
                (ORG_ROLES, Head::Org),
            ];
            lists
                .into_iter()
                .find(|(list, _)| list.contains(&head))
                .map_or(Head::Other, |(_, kind)| kind)
        };
        let phrases = [
            "he",
            "HE",
            "She",
            "who",
            "WHO",
            "Who said",
            "the minister",
            "The Kazakh President",
            "the Ministry.",
            "the army\u{b}group",
            "\u{212a}ing",
            "the \u{212a}ING",
            "H\u{130}M",
            "Pakistan's foreign ministry",
            "a b c d e f",
            "  spaced   out  ",
            "",
            "«the army»",
            "the ARMY's",
            "Dr. Rakisits",
            "ÉLYSÉE office",
            "the commission\u{a0}office",
        ];
        for text in phrases {
            let phrase = Phrase::new(text);
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(phrase.words, words.len(), "{text:?}");
            assert_eq!(phrase.last, words.last().copied().unwrap_or(""), "{text:?}");
            let lower = text.to_lowercase();
            for word in ["who", "he", "she", "him", "her"] {
                assert_eq!(phrase.is(word), lower == word, "{text:?} {word}");
            }
            let head = phrase
                .last
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            assert_eq!(phrase.head(), kind_of(&head), "{text:?}");
        }
    }

    #[test]
    fn pronouns_and_person_roles_take_the_latest_official() {
        let doc = Document::from_text(
            "d",
            "Kazakh President Kassym-Jomart Tokayev spoke. Then Akan Rakhmetullin spoke. \
             He said. The Kazakh President said. The analyst said.",
        );
        let mut anns = vec![
            entity(&doc, "Kazakh", "COUNTRY", "Q232", None),
            entity(
                &doc,
                "Kassym-Jomart Tokayev",
                "OFFICIAL",
                "Q1",
                Some("Q232"),
            ),
            entity(&doc, "Akan Rakhmetullin", "OFFICIAL", "Q2", Some("Q999")),
            quote(&doc, "He", 0),
            quote(&doc, "The Kazakh President", 0),
            quote(&doc, "The analyst", 0),
        ];
        // The second "Kazakh" (inside the speaker) is a COUNTRY mention too.
        let second = doc.text.rfind("Kazakh").expect("second Kazakh");
        let mut k = entity(&doc, "Kazakh", "COUNTRY", "Q232", None);
        k.span = doc.span(second..second + "Kazakh".len());
        anns.push(k);
        resolve(&doc, &mut anns);
        assert_eq!(
            linked(&anns),
            [Some("Q2".into()), Some("Q1".into()), None],
            "he → latest official; the Kazakh President → the Kazakh official; analyst unlinked"
        );
    }

    #[test]
    fn a_named_speaker_leaves_titles_and_articles_outside() {
        let doc = Document::from_text(
            "d",
            "Foreign Secretary Jeremy Hunt said. The Revolutionary Guards said. \
             Pakistan's foreign ministry said. The minister said. Chinese state media said.",
        );
        let mut anns = vec![
            entity(&doc, "Jeremy Hunt", "OFFICIAL", "Q1", None),
            entity(&doc, "Revolutionary Guards", "ORG", "Q2", None),
            entity(&doc, "Pakistan", "COUNTRY", "Q843", None),
            entity(&doc, "Chinese", "COUNTRY", "Q148", None),
            quote(&doc, "Foreign Secretary Jeremy Hunt", 0),
            quote(&doc, "The Revolutionary Guards", 0),
            quote(&doc, "Pakistan's foreign ministry", 0),
            quote(&doc, "The minister", 0),
            quote(&doc, "Chinese state media", 0),
        ];
        resolve(&doc, &mut anns);
        let speakers: Vec<&str> = anns
            .iter()
            .filter_map(|a| match &a.detail {
                Detail::Quote {
                    speaker: Some(s), ..
                } => Some(doc.slice(s.span)),
                _ => None,
            })
            .collect();
        assert_eq!(
            speakers,
            [
                "Jeremy Hunt",
                "Revolutionary Guards",
                "Pakistan's foreign ministry",
                "The minister",
                "Chinese state media"
            ]
        );
    }

    #[test]
    fn named_speakers_and_org_roles() {
        let doc = Document::from_text(
            "d",
            "The Inter-Services Public Relations (ISPR) said. The group said. Pakistan said. It said.",
        );
        let mut anns = vec![
            entity(&doc, "Inter-Services Public Relations", "ORG", "Q3", None),
            entity(&doc, "Pakistan", "COUNTRY", "Q843", None),
            quote(&doc, "The Inter-Services Public Relations (ISPR)", 0),
            quote(&doc, "The group", 0),
            quote(&doc, "Pakistan", 0),
            quote(&doc, "It", 0),
        ];
        resolve(&doc, &mut anns);
        assert_eq!(
            linked(&anns),
            [
                Some("Q3".into()),
                Some("Q3".into()),
                Some("Q843".into()),
                None
            ]
        );
    }

    #[test]
    fn relative_pronoun_takes_the_mention_before_it() {
        let doc = Document::from_text("d", "Kazakhstan welcomed Akan Rakhmetullin, who said it.");
        let mut anns = vec![
            entity(&doc, "Kazakhstan", "COUNTRY", "Q232", None),
            entity(&doc, "Akan Rakhmetullin", "OFFICIAL", "Q2", None),
            quote(&doc, "who", 0),
        ];
        resolve(&doc, &mut anns);
        assert_eq!(linked(&anns), [Some("Q2".into())]);
    }

    #[test]
    fn unknown_named_speaker_blocks_pronoun_and_state_body_takes_country() {
        let doc = Document::from_text(
            "d",
            "Tokayev visited Kazakhstan. Dr. Rakisits said. He said. The ministry said.",
        );
        let mut anns = vec![
            entity(&doc, "Tokayev", "OFFICIAL", "Q1", Some("Q232")),
            entity(&doc, "Kazakhstan", "COUNTRY", "Q232", None),
            quote(&doc, "Dr. Rakisits", 0),
            quote(&doc, "He", 0),
            quote(&doc, "The ministry", 0),
        ];
        resolve(&doc, &mut anns);
        assert_eq!(linked(&anns), [None, None, Some("Q232".into())]);
    }
}
