//! Quotations and their speakers.
//!
//! Two passes, after CoreNLP's QuoteAnnotator: [`marks`] finds and pairs quotation marks into
//! candidates (linear, bounded by blocks), then [`attribution`] looks for a cue and a speaker in
//! bounded windows around each candidate. A candidate becomes a quotation when
//! - its own sentence attributes it (a cue before or after it), or
//! - it looks like reproduced speech (a clause: terminal punctuation, or eight words or more) —
//!   its speaker is then the one of the quotation just before it (same or previous sentence, or
//!   the previous paragraph of a multi-paragraph quote), or the cue of a previous sentence that
//!   ends with a colon ("Caddell continued:"), or none, or
//! - it is a short partial quote right after an attributed quotation of the same paragraph.
//!
//! Short quoted terms with no attribution (scare quotes, headlines) and names after a title
//! marker ("the magazine “…”", "an exercise dubbed “…”") are not quotations.
//!
//! Linking speakers to entities is done later, in [`crate::resolve`].

mod attribution;
mod extent;
pub mod lexicon;
pub mod marks;

use std::ops::Range;

use crate::extract::{Context, Extractor};
use crate::model::{Annotation, AnnotationType, Detail, Name, Speaker};

use crate::english;
use attribution::{Found, WINDOW};
use lexicon::{
    NAMING_VERBS, PASSIVE_BE, PRONOUN_STARTS, SMALL_TITLE_WORDS, SPEAKING_BEFORE_MARKER,
    TITLE_NOUNS,
};
use marks::Candidate;

/// Extracts quotations and their speakers.
#[derive(Default)]
pub struct QuoteExtractor;

impl QuoteExtractor {
    /// Compiles the patterns once.
    pub fn new() -> Self {
        QuoteExtractor
    }
}

impl Extractor for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn produces(&self) -> AnnotationType {
        AnnotationType::Quote
    }
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Annotation>) {
        let text = cx.text();
        let sentences = &cx.segments.sentences;
        let mut quotes = find(text, &cx.segments.paragraphs, sentences);
        if !quotes.is_empty() && english::all_caps(text) {
            attribute_as_mixed_case(text, &cx.segments.paragraphs, sentences, &mut quotes);
        }
        for q in quotes {
            out.push(Annotation {
                span: cx.doc.span(q.span),
                label: Name::from_static("QUOTE"),
                rule: Name::from_static(q.rule),
                detail: Detail::Quote {
                    content: cx.doc.span(q.content),
                    // Drawn on the text itself, not on an all-capitals story's mixed-case
                    // reading, whose lower-cased words may be names ("BAN KI-MOON").
                    speaker: q.speaker.map(|s| {
                        Box::new(Speaker {
                            span: cx.doc.span(extent::as_entity_span(text, s)),
                            entity: None,
                        })
                    }),
                    cue: q.cue.map(|c| cx.doc.span(c)),
                },
            });
        }
    }
}

/// All-capitals copy: the quotations stay those found in the text itself, but their speakers
/// and cues are those found in its mixed-case reading ([`english::mixed_case_reading`]), where
/// the attribution's name and clause tests see names ("RYUTARO HASHIMOTO said … and called the
/// deaths"). The reading has the text's offsets, so its ranges are the text's.
fn attribute_as_mixed_case(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Range<usize>],
    quotes: &mut [Quote],
) {
    let read = english::mixed_case_reading(text, sentences);
    let by_reading = find(&read, paragraphs, sentences);
    for q in quotes {
        if let Some(r) = by_reading.iter().find(|r| r.span == q.span) {
            q.speaker = r.speaker.clone();
            q.cue = r.cue.clone();
            q.rule = r.rule;
        }
    }
}

/// A quotation as byte ranges of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Range<usize>,
    pub content: Range<usize>,
    pub speaker: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub rule: &'static str,
    /// The quotation ends at its block's end without a closing mark.
    pub unclosed: bool,
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Reproduced speech rather than a quoted term: ends like a clause, or is long.
fn looks_like_speech(content: &str) -> bool {
    let t = content.trim();
    let ends_clause = t
        .trim_end_matches(['"', '\'', '’', '”', ')'])
        .ends_with(['.', '?', '!', '…', ',', ';', ':']);
    ends_clause || at_least_eight_words(t)
}

/// The length of a speaker label in upper case that opens a transcript turn ("WALLACE: …",
/// "SEN. KAINE: …"), without its colon.
fn transcript_label(content: &str) -> Option<usize> {
    let head = content.get(..40.min(content.len()))?;
    if !head.as_bytes().contains(&b':') {
        return None;
    }
    let colon = head.find(": ")?;
    let label = &content[..colon];
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let ok = letters >= 2
        && label.split(' ').count() <= 4
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
        && label.starts_with(char::is_uppercase);
    ok.then_some(colon)
}

fn starts_with_pronoun(content: &str) -> bool {
    content
        .split_whitespace()
        .next()
        .is_some_and(|w| PRONOUN_STARTS.contains(&w))
}

/// The number of significant words of a title-case phrase (each capitalized, no sentence
/// punctuation inside, at most seven words), or 0 when it is not one.
fn title_case_words(content: &str) -> usize {
    // A period may close a title in American punctuation ("“Sean Hannity Show.”").
    let t = content.trim().trim_end_matches([',', ';', '.']);
    if t.ends_with(['?', '!', '…']) {
        return 0;
    }
    // Most quotations are long: eight words are counted on the bytes first.
    if at_least_eight_words(t) {
        return 0;
    }
    // At most seven words, counted before anything scans the whole content (most quotations
    // are long).
    let mut words = [""; 7];
    let mut n = 0;
    for w in t.split_whitespace() {
        if n == words.len() {
            return 0;
        }
        words[n] = w;
        n += 1;
    }
    if n == 0 || t.contains(". ") {
        return 0;
    }
    let mut significant = 0;
    for w in &words[..n] {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || SMALL_TITLE_WORDS.contains(&w) {
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return 0;
        }
        significant += 1;
    }
    // A single capitalized word may be a quoted exclamation or name; titles have two or more.
    significant
}

/// Whether `content` has eight whitespace-separated words or more (`split_whitespace`), read
/// byte by byte (a char is decoded only for a non-ASCII byte).
fn at_least_eight_words(content: &str) -> bool {
    let bytes = content.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time (SWAR): the word starts are the word bytes after a
        // space (or after the word state carried in).
        if let Some(block) = bytes
            .get(i..i + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
        {
            let w = u64::from_le_bytes(block);
            if w & HIGH_BITS == 0 {
                let word = !ascii_space_bits(w) & HIGH_BITS;
                let before = word << 8 | if in_word { 0x80 } else { 0 };
                words += (word & !before).count_ones();
                if words >= 8 {
                    return true;
                }
                in_word = word >> 63 == 1;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else {
            match content[i..].chars().next() {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            }
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words == 8 {
                return true;
            }
        }
        i += len;
    }
    false
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` (eight ASCII bytes) that is ASCII whitespace (' ', '\t'
/// to '\r'). Per-byte sums stay below 0x100 for ASCII bytes, so no carry crosses bytes.
fn ascii_space_bits(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    debug_assert_eq!(w & HIGH_BITS, 0);
    let x = w ^ (ONES * 0x20);
    // x + 0x7F reaches the high bit for every byte but a zero one: the spaces of `w`.
    let space = !((x + ONES * 0x7F) | x) & HIGH_BITS;
    let from_tab = (w + ONES * (0x80 - 0x09)) & HIGH_BITS;
    let from_shift_out = (w + ONES * (0x80 - 0x0E)) & HIGH_BITS;
    space | (from_tab & !from_shift_out)
}

/// Whether the words just before the opening mark name a title or a name ("dubbed", "the
/// magazine").
fn after_title_marker(text: &str, sentence_start: usize, open: usize) -> bool {
    let mut words = text[sentence_start..open]
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    let naming_verb = |w: &str| NAMING_VERBS.iter().any(|m| m.eq_ignore_ascii_case(w));
    let is_marker =
        |w: &str| naming_verb(w) || TITLE_NOUNS.iter().any(|m| m.eq_ignore_ascii_case(w));
    let speaking = |w: Option<&str>| {
        w.is_some_and(|w| {
            SPEAKING_BEFORE_MARKER
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
        })
    };
    // "known as the “Maleconazo”", "dubbed a “shadow fleet”": an article between.
    let mut last = words.next();
    if last.is_some_and(|w| ["the", "a", "an"].iter().any(|a| a.eq_ignore_ascii_case(w))) {
        last = words.next();
    }
    match last {
        // "known as": a verb only ("described the novel as a “great thriller”" is a quote).
        Some(w) if w.eq_ignore_ascii_case("as") => words.next().is_some_and(naming_verb),
        // "what he has called “…”": the marker is a verb of its own subject; so it is after
        // "what" and a subject ("what the State Department called “…”"), unless passive
        // ("what has been called “…”").
        Some(w) if is_marker(w) => {
            let first = words.next();
            let passive = first.is_some_and(|b| PASSIVE_BE.contains(&b));
            let what_subject = !passive && words.take(5).any(|b| b == "what");
            !(speaking(first) || what_subject)
        }
        _ => false,
    }
}

/// May the text after the closing mark attribute this quotation (`“…,” he said`)?
fn attributable_after(text: &str, c: &Candidate, content: &str) -> bool {
    let _ = (text, content);
    c.close.is_some()
}

/// The offsets of ", " in `text`, in order: `match_indices(", ")` found by the comma with
/// `memchr` (the string searcher set up a two-way search per call, ~750 instructions a content
/// over BBC). Two matches never overlap, so every comma followed by a space is one.
fn comma_spaces(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', bytes).filter(move |&i| bytes.get(i + 1) == Some(&b' '))
}

/// The end (after the comma) and attribution of an unclosed quotation whose content holds
/// ", <speaker> <cue>" ("“We are living a nightmare, a resident of Guayaquil told Reuters.").
/// Each comma reads a bounded window, so the search is linear in the content.
fn unclosed_attribution(text: &str, content: Range<usize>) -> Option<(usize, Found)> {
    let body = &text[content.clone()];
    if transcript_label(body).is_some() {
        return None;
    }
    for i in comma_spaces(body).take(32) {
        let at = content.start + i;
        let end = ceil_boundary(text, (at + WINDOW).min(content.end));
        if let Some(f) = attribution::after(text, at..end) {
            // An infinitive is no attribution: "Clinton wants to continue the policies".
            let infinitive = text[at..f.cue.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case("to"));
            if !infinitive
                && f.speaker.is_some()
                && matches!(
                    f.rule,
                    "quote/after-speaker-cue" | "quote/after-cue-speaker"
                )
            {
                return Some((at + 1, f));
            }
        }
    }
    None
}

/// The attribution of the sentence before sentence `s0` (its last `WINDOW` bytes), and whether
/// that sentence ends with a colon ("Caddell continued:").
fn previous_sentence(
    text: &str,
    sentences: &[Range<usize>],
    s0: usize,
    first_sentence: &Range<usize>,
) -> Option<(Found, bool)> {
    if s0 == 0 || first_sentence.is_empty() {
        return None;
    }
    let before = sentences.get(s0 - 1)?.clone();
    let colon = text[before.clone()].trim_end().ends_with(':');
    let from = floor_boundary(text, before.end.saturating_sub(WINDOW));
    attribution::before(text, before.start.max(from)..before.end).map(|f| (f, colon))
}

struct Previous {
    block: usize,
    last_sentence: usize,
    speaker: Option<Range<usize>>,
    cue: Option<Range<usize>>,
}

/// Finds the quotations of a text given its paragraphs and sentences (from
/// [`crate::segment::Segmentation`]).
pub fn find(text: &str, paragraphs: &[Range<usize>], sentences: &[Range<usize>]) -> Vec<Quote> {
    let all_marks = marks::scan(text);
    // Apostrophes pair with nothing: a text with no other mark has no candidate, and its
    // blocks need not be built.
    if all_marks.iter().all(|m| m.role == marks::Role::Apostrophe) {
        return Vec::new();
    }
    let blocks = marks::blocks(text, paragraphs, sentences);
    let blocks = marks::split_run_on_paragraphs(text, &all_marks, blocks);
    let candidates = marks::pair(text, &all_marks, &blocks);
    let mut out: Vec<Quote> = Vec::with_capacity(candidates.len());
    let mut chain_of: Vec<usize> = Vec::with_capacity(candidates.len());
    let mut prev: Option<Previous> = None;
    let mut prev_end_in_block: Option<(usize, usize)> = None;
    let sentence_of = |pos: usize| -> (usize, Range<usize>) {
        let i = sentences
            .partition_point(|r| r.start <= pos)
            .saturating_sub(1);
        match sentences.get(i) {
            Some(r) if r.start <= pos && pos < r.end.max(r.start + 1) => (i, r.clone()),
            _ => (i, pos..pos),
        }
    };
    for (ci, c) in candidates.iter().enumerate() {
        let mut span = c.span(&blocks);
        let mut content = c.content(&blocks);
        // An unclosed quotation followed in its paragraph by ", <NP> told/said" ends at that
        // comma and is attributed there: "“We are living a nightmare, a resident told Reuters."
        let inferred = if c.close.is_none() {
            unclosed_attribution(text, content.clone())
        } else {
            None
        };
        if let Some((cut, _)) = &inferred {
            span = span.start..*cut;
            content = content.start..*cut;
        }
        let inferred = inferred.map(|(_, f)| f);
        let unclosed = c.close.is_none() && inferred.is_none();
        let content_text = &text[content.clone()];
        if content_text.trim().is_empty() {
            continue;
        }
        let block = &blocks[c.block];
        let (s0, first_sentence) = sentence_of(span.start);
        let (s1, last_sentence) = sentence_of(span.end.saturating_sub(1));
        let sentence_start = if first_sentence.is_empty() {
            block.start
        } else {
            first_sentence.start.max(block.start)
        };
        let sentence_end = if last_sentence.is_empty() {
            block.end
        } else {
            last_sentence.end.min(block.end).max(span.end)
        };
        // The clause before the quotation starts after the previous quotation of the block.
        let mut clause_start = sentence_start;
        if let Some((b, end)) = prev_end_in_block {
            if b == c.block && end > clause_start && end <= span.start {
                clause_start = end;
            }
        }
        clause_start = clause_start.max(floor_boundary(text, span.start.saturating_sub(WINDOW)));
        let next_start = candidates
            .get(ci + 1)
            .map_or(usize::MAX, |n| n.open.at)
            .max(span.end);
        // The attribution may be the rest of the sentence or, when the quotation ends its
        // sentence ("“…?” Sanders asked."), the next sentence of the block.
        let after_sentence_end = if sentence_end > span.end {
            sentence_end
        } else {
            let i = sentences.partition_point(|r| r.end <= span.end);
            sentences
                .get(i)
                .filter(|r| r.start < block.end)
                .map_or(span.end, |r| r.end.min(block.end))
        };
        let after_end = ceil_boundary(
            text,
            after_sentence_end.min(span.end + WINDOW).min(next_start),
        );
        let speech = looks_like_speech(content_text);

        // A quotation that ends its sentence is attributed by its own sentence first; the next
        // sentence ("“…?” Sanders asked.") only when its own has no cue.
        let ends_sentence = sentence_end <= span.end || {
            // A sentence end the segmenter missed (a no-break space after the mark).
            let next = text[span.end..].trim_start().chars().next();
            content_text.trim_end().ends_with(['.', '?', '!'])
                && next.is_some_and(char::is_uppercase)
        };
        let mut found: Option<Found> = inferred;
        // The clause before the quotation, tokenized at most once: its attribution and, for
        // a quotation with none, its subject read the same tokens.
        let clause = std::cell::OnceCell::new();
        let clause_tokens =
            || clause.get_or_init(|| attribution::clause_tokens(text, clause_start..span.start));
        // The attribution in the clause before the quotation, read at most once.
        let mut before_memo: Option<Option<Found>> = None;
        let mut before_clause = || {
            before_memo
                .get_or_insert_with(|| attribution::before_in(text, clause_tokens()))
                .clone()
        };
        if found.is_none() && attributable_after(text, c, content_text) && !ends_sentence {
            found = attribution::after(text, span.end..after_end);
        }
        if found
            .as_ref()
            .is_some_and(|f| f.rule == "quote/after-clause")
        {
            // "Residents said they heard “three loud explosions” before dawn, a local
            // journalist told AFP.": an attribution after a clause that follows the quotation
            // reports the whole sentence; an attribution before the quotation is nearer.
            if let Some(b) = before_clause() {
                if b.speaker.is_some() {
                    found = Some(b);
                }
            }
        }
        if found.is_none() {
            found = before_clause();
        } else if found.as_ref().is_some_and(|f| f.cue.start > span.end)
            && content_text.starts_with(char::is_lowercase)
        {
            // "Petro took office promising “total peace”, aides said.": a partial quote right
            // after a verb of saying is the words of that verb's subject, the nearest
            // attribution; the cue after it reports the whole sentence.
            if let Some(b) = before_clause() {
                let between = &text[b.cue.end..span.start];
                let adjacent = between
                    .split_whitespace()
                    .all(|w| matches!(w, "to" | "that" | "it" | "them" | "him" | "her"));
                if adjacent && b.speaker.is_some() {
                    found = Some(b);
                }
            }
        }
        let same_sentence_prev = prev
            .as_ref()
            .is_some_and(|p| p.block == c.block && p.last_sentence >= s0);
        if found.is_none() && ends_sentence && c.close.is_some() && !same_sentence_prev {
            // The next sentence attributes the quotation only when it does not report words
            // of its own (`He added: “…”`, `Greene added that …`): see
            // `attribution::after_attributing_previous`.
            found = attribution::after_attributing_previous(text, span.end..after_end);
        }
        // "“…”⏎⏎- Sanders.": a quotation that is its whole paragraph, signed by a dash and a
        // name on the next line (only a short paragraph is read: linear).
        if found.is_none()
            && c.close.is_some()
            && span.start == block.start
            && text[span.end..block.end].trim().is_empty()
        {
            if let Some(next) = blocks.get(c.block + 1).filter(|n| n.len() <= 120) {
                found = attribution::signature_line(text, next.clone());
            }
        }
        // A headline that is a quotation and its speaker after a colon: "“…”: Moldova’s
        // reintegration chief on Transnistria" (one short line, the quotation first).
        if found.is_none()
            && c.close.is_some()
            && span.start == block.start
            && block.len() <= 200
            && !text[block.clone()].contains('\n')
        {
            found = attribution::headline_colon(text, span.end..block.end);
        }
        // In an all-caps paragraph (old wires) every quotation looks like a title; a short
        // all-caps line is a headline, where quoted words often are names ('"PINS"', '"B"'),
        // unless the story before it is in capitals too ('"WE WILL WATCH AND WAIT," HE SAID.'
        // as a paragraph of an all-caps wire).
        let caps_block = || {
            let no_lower = |s: &str| !s.bytes().any(|b| b.is_ascii_lowercase());
            no_lower(&text[block.clone()])
                && (block.len() > 120 || {
                    let mut lo = block.start.saturating_sub(200);
                    while !text.is_char_boundary(lo) {
                        lo += 1;
                    }
                    block.start - lo >= 120 && no_lower(&text[lo..block.start])
                })
        };
        // The title-case words are counted once for both tests below.
        let title_words = std::cell::OnceCell::new();
        let title_words = || *title_words.get_or_init(|| title_case_words(content_text));
        // A name after a title marker ("codenamed “Thunderbolt,”", "known as “Safe
        // Corridor”"): one capitalized word is enough there.
        let looks_like_name = || title_words() >= 1 && !starts_with_pronoun(content_text);
        // A name or a title of a work rather than someone's words: a few words, each
        // significant one capitalized, no sentence punctuation ("“New Day,”", "“The Walking
        // Dead”", "“Tea Party”").
        let looks_like_title = || title_words() >= 2 && !starts_with_pronoun(content_text);
        if (!speech || looks_like_name()) && after_title_marker(text, sentence_start, span.start)
            || (looks_like_title() && !caps_block())
        {
            continue;
        }
        let mut speaker = found.as_ref().and_then(|f| f.speaker.clone());
        if found.is_some() && speaker.is_none() {
            // "…, calling them “…”" after an attributed quotation of the same sentence.
            if let Some(p) = prev
                .as_ref()
                .filter(|p| p.block == c.block && p.last_sentence >= s0)
            {
                speaker = p.speaker.clone();
            }
        }
        let mut rule = found.as_ref().map_or("quote/unattributed", |f| f.rule);
        // ("According to …" names its source after the cue or not at all.)
        if speaker.is_none()
            && found
                .as_ref()
                .is_some_and(|f| f.cue.start < span.start && f.rule != "quote/before-according")
        {
            // A cue before the quotation with no subject of its own: the sentence's subject.
            // Only a sentence start within the window: the pass stays linear.
            if span.start - sentence_start <= WINDOW {
                speaker = attribution::sentence_subject(text, sentence_start..span.start);
            }
            if speaker.is_some() {
                rule = "quote/before-sentence-subject";
            }
        }
        let mut cue = found.as_ref().map(|f| f.cue.clone());
        if found.is_none() {
            // A cue-less quotation that opens its paragraph right after a paragraph with a
            // quotation continues that speaker (interviews, a run of quoted paragraphs).
            let opens_block = span.start == block.start;
            let adjacent = prev.as_ref().filter(|p| {
                let near = p.last_sentence + 1 >= s0;
                (p.block == c.block && near)
                    || (speech
                        && (near || ((c.continues || opens_block) && p.block + 1 == c.block)))
            });
            // The clause's subject is read only where it is used: with a quotation to
            // continue, or for reproduced speech.
            let subject = if same_sentence_prev || (adjacent.is_none() && !speech) {
                None
            } else {
                attribution::subject_in(text, clause_tokens())
            };
            if let (Some(subject), Some(_)) = (subject.clone(), adjacent) {
                // "He offered “…”": the subject of the quotation's own clause.
                speaker = Some(subject);
                rule = "quote/subject";
            } else if let Some(p) = adjacent {
                speaker = p.speaker.clone();
                cue = p.cue.clone();
                rule = "quote/continued";
                // A quotation continuing one without a speaker: the sentence before may name it.
                if speaker.is_none() && speech {
                    if let Some((f, colon)) =
                        previous_sentence(text, sentences, s0, &first_sentence)
                    {
                        if colon || f.speaker.is_some() {
                            (speaker, cue) = (f.speaker, Some(f.cue));
                            rule = "quote/previous-sentence";
                        }
                    }
                }
            } else if speech {
                if let Some(subject) = subject {
                    speaker = Some(subject);
                    rule = "quote/subject";
                }
                // "Caddell continued:" on the line before; or "Sanders said he would stay in the
                // race. “…”": the speaker of the sentence before, when it reports someone's words.
                if let Some((f, colon)) = previous_sentence(text, sentences, s0, &first_sentence) {
                    if colon || (speaker.is_none() && f.speaker.is_some()) {
                        (speaker, cue) = (f.speaker, Some(f.cue));
                        rule = "quote/previous-sentence";
                    }
                }
            } else {
                continue;
            }
        }
        // A transcript turn: "“WALLACE: Let’s start with …" is said by its label.
        if let Some(n) = transcript_label(content_text) {
            speaker = Some(content.start..content.start + n);
            cue = None;
            rule = "quote/transcript-label";
        }
        if let Some(s) = speaker.as_mut() {
            *s = speaker_as_annotated(text, s.clone());
        }
        // A number or a date ("1" of "Oct. 1") is never a speaker.
        if speaker
            .as_ref()
            .is_some_and(|s| attribution::is_number_or_date(text, s.clone()))
        {
            speaker = None;
        }
        // A new transcript turn starts a new quotation even when the previous one is open.
        let new_turn = rule == "quote/transcript-label";
        let chain = match (c.continues, chain_of.last(), out.last()) {
            (true, Some(&id), Some(last)) if last.unclosed && !new_turn => id,
            _ => out.len(),
        };
        chain_of.push(chain);
        out.push(Quote {
            span: span.clone(),
            content,
            speaker: speaker.clone(),
            cue: cue.clone(),
            rule,
            unclosed,
        });
        // The attribution after a quotation that ends its sentence ("“…?” Sanders replied.")
        // is the last sentence of the quotation for the one after it.
        let attribution_end = [speaker.as_ref(), cue.as_ref()]
            .into_iter()
            .flatten()
            .map(|r| r.end)
            .filter(|&e| e > span.end && e <= block.end)
            .max();
        let last_sentence = attribution_end.map_or(s1, |e| sentence_of(e - 1).0.max(s1));
        prev = Some(Previous {
            block: c.block,
            last_sentence,
            speaker,
            cue,
        });
        prev_end_in_block = Some((c.block, span.end));
    }
    share_speakers_within_chains(&mut out, &chain_of);
    out
}

/// The speaker span from the one attribution found: a relative "who" after a name in
/// apposition is that name ("his envoy, [Akhmed Zakayev], who called it “…”").
fn speaker_as_annotated(text: &str, speaker: Range<usize>) -> Range<usize> {
    if &text[speaker.clone()] == "who" {
        return antecedent_of_who(text, speaker.start).unwrap_or(speaker);
    }
    speaker
}

/// The name right before ", who" at `who`: up to four capitalized words, space-separated,
/// ending just before the comma.
fn antecedent_of_who(text: &str, who: usize) -> Option<Range<usize>> {
    let before = text[..who].strip_suffix(", ")?;
    let mut word_end = before.len();
    let mut name_start = None;
    for word in before.rsplit(' ').take(4) {
        let name_word = word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if !name_word {
            break;
        }
        let word_start = word_end - word.len();
        name_start = Some(word_start);
        word_end = word_start.saturating_sub(1); // the space before the word
    }
    // A place after a preposition is not the speaker: "a doctor in Kabul, who said".
    let start = name_start?;
    let lead_word = before[..start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let place = ["in", "at", "from", "near", "inside", "outside", "across"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(lead_word));
    (!place).then_some(start..before.len())
}

/// A quotation of several paragraphs (each but the last left open, each after the first opening
/// with a mark) stays one quotation per paragraph, as annotators and PolNeAR mark it, and its
/// paragraphs share one speaker: a paragraph with no explicit attribution of its own takes the
/// one given to any other paragraph of the quotation (the news convention says the same person
/// goes on speaking), over a speaker only guessed from a neighbour or a clause subject.
fn share_speakers_within_chains(quotes: &mut [Quote], chain_of: &[usize]) {
    let guessed = |q: &Quote| {
        q.speaker.is_none()
            || matches!(
                q.rule,
                "quote/continued" | "quote/subject" | "quote/unattributed"
            )
    };
    let mut i = 0;
    while i < quotes.len() {
        let mut j = i + 1;
        while j < quotes.len() && chain_of[j] == chain_of[i] {
            j += 1;
        }
        let explicit = (i..j).find(|&k| !guessed(&quotes[k]));
        let source = explicit.or_else(|| (i..j).find(|&k| quotes[k].speaker.is_some()));
        if let (Some(k), true) = (source, j - i > 1) {
            let (speaker, cue, rule) = (
                quotes[k].speaker.clone(),
                quotes[k].cue.clone(),
                quotes[k].rule,
            );
            for q in &mut quotes[i..j] {
                if guessed(q) && !(explicit.is_none() && q.speaker.is_some()) {
                    q.speaker = speaker.clone();
                    q.cue = cue.clone();
                    q.rule = rule;
                }
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn comma_spaces_agree_with_match_indices() {
        let pieces = [
            ", ", ",", " ", ",,", ", ,", "a", "“", "’", "\u{a0}", ",\n", "é,", ", , ",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let want: Vec<usize> = text.match_indices(", ").map(|(i, _)| i).collect();
            assert_eq!(
                super::comma_spaces(&text).collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn eight_words_counted_eight_bytes_at_a_time_agree_with_split_whitespace() {
        let pieces = [
            "a", "word", " ", "  ", "\t", "\n", "\r", "\u{0b}", "\u{0c}", "\u{a0}", "\u{2003}",
            "“", "é", "\u{1f}", "\u{0e}", "\u{08}", "!", "x.", "\u{7f}",
        ];
        let mut rng = crate::testutil::Xorshift(0x0bad_cafe_1234_5678);
        for _ in 0..50_000 {
            let n = rng.below(40);
            let text = rng.concat(&pieces, n);
            assert_eq!(
                at_least_eight_words(&text),
                text.split_whitespace().count() >= 8,
                "{text:?}"
            );
        }
        for b in 0..0x80u8 {
            let w = u64::from_le_bytes([b; 8]);
            let expected = if (b as char).is_whitespace() {
                HIGH_BITS
            } else {
                0
            };
            assert_eq!(ascii_space_bits(w), expected, "{b:#x}");
        }
    }
    use crate::segment::Segmentation;

    /// (quotation, speaker, cue) as text.
    fn run(text: &str) -> Vec<(String, String, String)> {
        let seg = Segmentation::new(text);
        find(text, &seg.paragraphs, &seg.sentences)
            .into_iter()
            .map(|q| {
                (
                    text[q.span].to_string(),
                    q.speaker.map_or("-".into(), |s| text[s].to_string()),
                    q.cue.map_or("-".into(), |s| text[s].to_string()),
                )
            })
            .collect()
    }

    fn t(q: &str, s: &str, c: &str) -> (String, String, String) {
        (q.into(), s.into(), c.into())
    }

    #[test]
    fn the_person_quoted_speaks_and_a_passive_cue_has_no_speaker() {
        assert_eq!(
            run("The agency quoted Hikmet Hajiyev, an aide to the president, as saying Baku “remains committed to peace.”"),
            [t("“remains committed to peace.”", "Hikmet Hajiyev", "saying")]
        );
        assert_eq!(
            run("Reuters quoted a senior official as saying the army was \"ready to respond.\""),
            [t("\"ready to respond.\"", "a senior official", "saying")]
        );
        // Quoting without a person between: the ordinary cue and its subject.
        assert_eq!(
            run("He was quoted as saying \"we will win.\""),
            [t("\"we will win.\"", "He", "quoted as saying")]
        );
        // The families were told: they heard it; the officials said it.
        assert_eq!(
            run("Officials said the families had been told to expect news \"within 48 hours.\""),
            [t("\"within 48 hours.\"", "Officials", "said")]
        );
        // "She was told": the subject of a passive telling is no speaker, with or without a cue.
        assert_eq!(
            run("She was told: “Leave now or face arrest.”"),
            [t("“Leave now or face arrest.”", "-", "-")]
        );
    }

    #[test]
    fn all_caps_stories_have_cues_and_quotations_but_headlines_do_not() {
        let story = "THE TALKS COLLAPSED LAST MONTH AFTER THE ARMY ATTACKED REBEL CAMPS IN THE NORTH. \
                     \"THIS ATTACK HELPS NO ONE,\" THE LAWMAKER SAID. THE MINISTRY SAID THE STRIKES \
                     WOULD GO ON \"UNTIL THE LAST TERRORIST IS ELIMINATED.\"";
        assert_eq!(
            run(story),
            [
                t("\"THIS ATTACK HELPS NO ONE,\"", "THE LAWMAKER", "SAID"),
                t(
                    "\"UNTIL THE LAST TERRORIST IS ELIMINATED.\"",
                    "THE MINISTRY",
                    "SAID"
                ),
            ]
        );
        // A headline's capitals: a quoted verb is no quotation of the man named before it.
        assert!(run("ONGPIN \"PINS\" HOPES ON NEW DEBT PLAN")
            .iter()
            .all(|q| q.1 == "-"));
    }

    #[test]
    fn broken_quote_is_two_quotations_with_one_speaker() {
        assert_eq!(
            run("“We will not retreat,” the general said, “and we will not negotiate.”"),
            [
                t("“We will not retreat,”", "the general", "said"),
                t("“and we will not negotiate.”", "the general", "said")
            ]
        );
    }

    #[test]
    fn speaker_before_with_colon_and_that() {
        assert_eq!(
            run(
                "The Interior Ministry said: \"Security has been raised at all border crossings.\""
            ),
            [t(
                "\"Security has been raised at all border crossings.\"",
                "The Interior Ministry",
                "said"
            )]
        );
        assert_eq!(
            run("Colonel Amir Khan said that “no militant will find shelter here.”"),
            [t(
                "“no militant will find shelter here.”",
                "Colonel Amir Khan",
                "said"
            )]
        );
    }

    #[test]
    fn subject_past_relative_clause_and_role_noun_with_who() {
        assert_eq!(
            run("The mission, which began withdrawing last month, said: “We leave with pride.”"),
            [t("“We leave with pride.”", "The mission", "said")]
        );
        assert_eq!(
            run("“We lost four men,” a rebel commander who gave his name only as Abebe told AFP."),
            [t("“We lost four men,”", "a rebel commander", "told")]
        );
        // A relative clause with its own subject is not the speaker either.
        assert_eq!(
            run("The council, which the governor said was weak, said it would “review it all.”"),
            [t("“review it all.”", "The council", "said")]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_its_attribution() {
        assert_eq!(
            run("“We are living a nightmare, a resident told Reuters. Gangs rule the streets."),
            [t("“We are living a nightmare,", "a resident", "told")]
        );
        // Without an attribution inside, the unclosed quotation still runs to its block's end.
        assert_eq!(run("“We will not leave, and we will fight on.").len(), 1);
    }

    #[test]
    fn partial_quote_after_has_called_and_blamed() {
        assert_eq!(
            run("The minister defended what he has called “a necessary reform” of the police."),
            [t("“a necessary reform”", "he", "called")]
        );
        assert_eq!(
            run("The opposition blamed “a corrupt elite” for the crisis."),
            [t("“a corrupt elite”", "The opposition", "blamed")]
        );
        assert_eq!(
            run("Officials condemned what the State Department called “escalatory” actions."),
            [t("“escalatory”", "the State Department", "called")]
        );
        assert_eq!(
            run("The US, a treaty ally, condemned what the State Department called “escalatory” actions."),
            [t("“escalatory”", "the State Department", "called")]
        );
        // A name after a passive "called" stays a name, and so does a name "called" by no one.
        assert!(run("They joined a bloc called “the Coalition” on Monday.").is_empty());
        assert!(
            run("Militias rejected what has been called “the Geneva track” on Monday.").is_empty()
        );
    }

    #[test]
    fn partial_quote_in_attributed_sentence_but_not_scare_quote() {
        assert_eq!(
            run("The foreign office dismissed the report as “baseless” on Monday."),
            [t("“baseless”", "The foreign office", "dismissed")]
        );
        assert!(run("Why is Moscow “courting” Islamabad?").is_empty());
        assert!(run("He writes for the weekly magazine “Border Affairs Review”.").is_empty());
    }

    #[test]
    fn a_single_quoted_partial_quote_ending_in_s_closes_before_a_lower_case_word() {
        // "facts' but": the "s'" closes the quotation its sentence opened, no plural possessive.
        assert_eq!(
            run("Police spokesman Ali Noor said the suspect had 'admitted to the facts' but denied guilt."),
            [t("'admitted to the facts'", "Police spokesman Ali Noor", "said")]
        );
        // With no single quotation open, "s'" before a lower-case word is a plural possessive.
        assert!(run("The workers' union said the strike would go on.").is_empty());
        assert!(run("'We are angry,' the workers' union said.")
            .iter()
            .all(|q| q.0 == "'We are angry,'"));
    }

    #[test]
    fn names_after_a_title_marker_are_not_quotations() {
        assert!(
            run("The offensive, codenamed “Thunderbolt,” began at dawn, the army said.").is_empty()
        );
        assert!(run("The convoy, known as “Safe Corridor,” left at noon.").is_empty());
        assert!(run("The riot, known as the “Maleconazo,” erupted in 1994.").is_empty());
    }

    #[test]
    fn a_date_is_never_a_speaker() {
        for (_, speaker, _) in
            run("Talks resumed on Oct. 1 and were “constructive,” officials said.")
        {
            assert_eq!(speaker, "officials");
        }
    }

    #[test]
    fn transcript_turns_are_said_by_their_label() {
        let text = "\"WALLACE: Will she attend the debate?\n\n\"PENCE: She will not. We decided that on Friday.\n\n\"And we stand by it.\"";
        let got = run(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, "WALLACE");
        assert_eq!(got[1].1, "PENCE");
        // The turn continued in the next paragraph is PENCE's too.
        assert_eq!(
            (got[2].0.as_str(), got[2].1.as_str()),
            ("\"And we stand by it.\"", "PENCE")
        );
    }

    #[test]
    fn quote_without_cue_takes_previous_speaker() {
        let text = "“The talks failed,” the envoy said. “We will try again next month.”";
        assert_eq!(
            run(text),
            [
                t("“The talks failed,”", "the envoy", "said"),
                t("“We will try again next month.”", "the envoy", "said")
            ]
        );
    }

    #[test]
    fn a_relative_who_speaks_for_the_name_before_it() {
        assert_eq!(
            run("Maskhadov denied it through his envoy, Akhmed Zakayev, who called it “a desperate act that we do not support.”"),
            [t("“a desperate act that we do not support.”", "Akhmed Zakayev", "called")]
        );
        // A place after a preposition before ", who" is no speaker.
        assert_eq!(
            run("They spoke to a doctor in Kabul, who said “the wounds were terrible.”"),
            [t("“the wounds were terrible.”", "who", "said")]
        );
        // Without the comma of an apposition "who" has no antecedent here.
        assert_eq!(
            run("“We will act,” said a man who declined to give his name."),
            [t("“We will act,”", "a man", "said")]
        );
    }

    #[test]
    fn multi_paragraph_quote_shares_the_speaker() {
        let text = "The spokesman told reporters: “We have arrested four suspects.\n\n“More arrests are expected in the coming days.”";
        assert_eq!(
            run(text),
            [
                t("“We have arrested four suspects.", "The spokesman", "told"),
                t(
                    "“More arrests are expected in the coming days.”",
                    "The spokesman",
                    "told"
                )
            ]
        );
        // A paragraph with its own attribution keeps it; the other takes that one.
        let text = "“We did not start this.\n\n“Gloria started it,” said Abu Sabaya.";
        assert_eq!(
            run(text),
            [
                t("“We did not start this.", "Abu Sabaya", "said"),
                t("“Gloria started it,”", "Abu Sabaya", "said")
            ]
        );
    }

    #[test]
    fn unbalanced_marks_never_swallow_the_document() {
        let text = format!("{}\n\nShe said “yes.", "A stray “ mark here. ".repeat(50));
        for (q, _, _) in run(&text) {
            assert!(q.len() < 40, "{q}");
        }
    }
    #[test]
    fn punctuation_inside_a_parenthesis_before_the_cue() {
        assert_eq!(
            run("Rep. Gregory Meeks (D-N.Y.) said Democrats “were not going to be like that.”"),
            [t(
                "“were not going to be like that.”",
                "Rep. Gregory Meeks (D-N.Y.)",
                "said"
            )]
        );
    }

    #[test]
    fn cue_without_its_own_subject_takes_the_sentence_subject() {
        assert_eq!(
            run("The president noted that he taught law, and added: “I know a little about this.”"),
            [t("“I know a little about this.”", "The president", "added")]
        );
        // No subject opens the sentence: no speaker.
        assert_eq!(
            run("In Ohio, and again on Monday, saying “we will win” was not enough."),
            [t("“we will win”", "-", "saying")]
        );
    }

    #[test]
    fn quotation_after_an_attribution_sentence_continues_its_speaker() {
        let text = "“Have I started writing it?” Sanders replied. “Look, the answer is yes.”";
        assert_eq!(
            run(text),
            [
                t("“Have I started writing it?”", "Sanders", "replied"),
                t("“Look, the answer is yes.”", "Sanders", "replied")
            ]
        );
        // Two sentences later it does not.
        let text = "“Have I started writing it?” Sanders replied. The hall was full. “Look, the answer is yes, friends, it is.”";
        assert_eq!(run(text)[1].1, "-");
    }
    #[test]
    fn speech_after_a_reporting_sentence_takes_its_speaker() {
        let text = "Sanders said he would stay in the race. “We are going all the way to the convention, and we will win.”";
        assert_eq!(
            run(text),
            [t(
                "“We are going all the way to the convention, and we will win.”",
                "Sanders",
                "said"
            )]
        );
        // A sentence before that reports nobody's words gives no speaker.
        let text = "Sanders stayed in the race. “We are going all the way to the convention, and we will win.”";
        assert_eq!(run(text)[0].1, "-");
    }

    #[test]
    fn a_speaker_never_opens_with_a_subordinating_word() {
        assert_eq!(
            run("While old Iowa hands say “it never works,” the team tried anyway."),
            [t("“it never works,”", "old Iowa hands", "say")]
        );
        // "As X put it" keeps its speaker.
        let got = run("As Senator Reyes put it, “the bill is dead and buried for this year.”");
        assert!(got[0].1.ends_with("Senator Reyes"), "{got:?}");
    }
    #[test]
    fn continuing_a_quotation_without_speaker_reads_the_sentence_before() {
        let text = "“It is over and done with,” and with that, the mayor said goodbye. “We will go now, together, all of us.”";
        assert_eq!(
            run(text)[1],
            t(
                "“We will go now, together, all of us.”",
                "the mayor",
                "said"
            )
        );
        // No verb of saying in the sentence before: still no speaker.
        let text = "“It is over and done with,” and with that, the mayor left the hall. “We will go now, together, all of us.”";
        assert_eq!(run(text)[1].1, "-");
    }
}
