//! The `sitrep/1` JSONL wire format (see `docs/schema.md`): the only module that knows JSON.
//!
//! `--format docs` writes one object per document; `--format spans` one object per annotation
//! with `doc_id` added. Both write into a caller-owned buffer so workers reuse their allocation.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::mem::MaybeUninit;

use crate::fxhash::FxHashMap;
use crate::model::{
    Anchor, Annotation, AnnotationType, DateSource, Detail, Document, EntityLink, MentionForm,
    Name, Span,
};
use crate::pipeline::AnnotatedDocument;
use crate::segment::tokens;

/// The schema tag of every document line.
pub const SCHEMA: &str = "sitrep/1";

/// Which lines to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// One line per document.
    #[default]
    Docs,
    /// One line per annotation.
    Spans,
}

/// Optional segment spans to add to document lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Emit {
    pub paragraphs: bool,
    pub sentences: bool,
    pub tokens: bool,
}

/// Appends the output line(s) of one document, each ending in `\n`, to `buf`.
///
/// The JSON is written by hand into the caller's buffer (no intermediate values, no
/// per-annotation strings): field order and escaping are exactly those of `serde_json`'s compact
/// writer, which the tests check.
///
/// ```
/// use sitrep::{Document, Pipeline};
/// use sitrep::output::{write_document, Emit, Format};
/// let annotated = Pipeline::builder().build()?.annotate(Document::from_text("d", "Hi."));
/// let mut buf = Vec::new();
/// write_document(&annotated, Format::Docs, Emit::default(), &mut buf);
/// let line: serde_json::Value = serde_json::from_slice(&buf).unwrap();
/// assert_eq!(line["schema"], "sitrep/1");
/// assert_eq!(line["id"], "d");
/// # Ok::<(), sitrep::Error>(())
/// ```
pub fn write_document(
    annotated: &AnnotatedDocument,
    format: Format,
    emit: Emit,
    buf: &mut Vec<u8>,
) {
    let doc = &annotated.doc;
    let text = doc.text.as_str();
    match format {
        Format::Docs => {
            buf.extend_from_slice(b"{\"schema\":");
            push_str(buf, SCHEMA);
            buf.extend_from_slice(b",\"id\":");
            push_str(buf, &doc.id);
            buf.extend_from_slice(b",\"source\":{\"path\":");
            match &doc.source.path {
                Some(path) => push_str(buf, path),
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b",\"sha256\":");
            push_str(buf, &doc.source.sha256);
            buf.extend_from_slice(b",\"bytes\":");
            push_uint(buf, doc.source.bytes as u64);
            if let Some(line) = doc.source.line {
                buf.extend_from_slice(b",\"line\":");
                push_uint(buf, line as u64);
            }
            buf.extend_from_slice(b"},\"date\":{\"value\":");
            match doc.date.value {
                Some(date) => {
                    // `NaiveDate`'s Display: `YYYY-MM-DD` (a sign and more digits beyond 9999),
                    // never anything that needs escaping.
                    buf.push(b'"');
                    let _ = write!(buf, "{date}");
                    buf.push(b'"');
                }
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b",\"from\":");
            push_str(
                buf,
                match doc.date.from {
                    DateSource::Input => "input",
                    DateSource::Text => "text",
                    DateSource::None => "none",
                },
            );
            if let Some(span) = doc.date.span {
                buf.push(b',');
                push_offsets(buf, span);
            }
            buf.extend_from_slice(b"},\"annotations\":[");
            for (i, a) in annotated.annotations.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                push_annotation(buf, text, None, i, a);
            }
            buf.extend_from_slice(b"],\"errors\":[");
            for (i, e) in doc.errors.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                buf.extend_from_slice(b"{\"kind\":");
                push_str(buf, e.kind);
                buf.extend_from_slice(b",\"message\":");
                push_str(buf, &e.message);
                buf.push(b'}');
            }
            buf.push(b']');
            if let Some(meta) = &doc.meta {
                buf.extend_from_slice(b",\"meta\":");
                // Passed-through input values keep serde_json's own number and string writing.
                // Writing a map with string keys into a Vec cannot fail.
                serde_json::to_writer(&mut *buf, meta).expect("JSON values serialize");
            }
            if emit.paragraphs {
                buf.extend_from_slice(b",\"paragraphs\":");
                push_segments(buf, doc, annotated.segments.paragraphs.iter().cloned());
            }
            if emit.sentences {
                buf.extend_from_slice(b",\"sentences\":");
                push_segments(buf, doc, annotated.segments.sentences.iter().cloned());
            }
            if emit.tokens {
                buf.extend_from_slice(b",\"tokens\":");
                push_segments(buf, doc, tokens(text, 0..text.len()));
            }
            buf.extend_from_slice(b"}\n");
        }
        Format::Spans => {
            for (i, a) in annotated.annotations.iter().enumerate() {
                push_annotation(buf, text, Some(&doc.id), i, a);
                buf.push(b'\n');
            }
        }
    }
}

/// `{"kind":"entity",…}` of one annotation (no trailing separator).
fn push_annotation(
    buf: &mut Vec<u8>,
    text: &str,
    doc_id: Option<&str>,
    index: usize,
    a: &Annotation,
) {
    buf.push(b'{');
    if let Some(doc_id) = doc_id {
        buf.extend_from_slice(b"\"doc_id\":");
        push_str(buf, doc_id);
        buf.push(b',');
    }
    buf.extend_from_slice(b"\"id\":\"a");
    push_uint(buf, index as u64 + 1);
    match type_and_label_fragment(a.annotation_type(), &a.label) {
        Some(fragment) => push_fragment(buf, fragment),
        None => {
            buf.extend_from_slice(type_fragment(a.annotation_type()));
            push_str(buf, &a.label);
            buf.push(b',');
        }
    }
    let span_clean = push_span_fields(buf, text, a.span);
    if let Detail::Entity(link) = &a.detail {
        push_rule_and_link(buf, &a.rule, link);
        buf.push(b'}');
        return;
    }
    buf.extend_from_slice(b",\"rule\":");
    push_str(buf, &a.rule);
    match &a.detail {
        Detail::Entity(link) => {
            buf.extend_from_slice(b",\"entity\":");
            push_entity(buf, link);
        }
        Detail::Date { value, anchor } => {
            buf.extend_from_slice(b",\"value\":");
            push_str(buf, value);
            buf.extend_from_slice(anchor_fragment(*anchor));
        }
        Detail::Casualty {
            count,
            approximate,
            negated,
            victims,
        } => {
            buf.extend_from_slice(b",\"count\":{\"min\":");
            push_uint(buf, count.min);
            buf.extend_from_slice(b",\"max\":");
            match count.max {
                Some(max) => push_uint(buf, max),
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b"},\"approximate\":");
            push_bool(buf, *approximate);
            buf.extend_from_slice(b",\"negated\":");
            push_bool(buf, *negated);
            buf.extend_from_slice(b",\"victims\":");
            push_opt_span(buf, text, *victims);
        }
        Detail::Quote {
            content,
            speaker,
            cue,
        } => {
            buf.extend_from_slice(b",\"content\":");
            // The content lies inside the quotation: its text needs escapes only if the
            // quotation's did.
            if span_clean && a.span.contains(content) {
                buf.push(b'{');
                push_known_span_fields(buf, text, *content, true);
                buf.push(b'}');
            } else {
                push_opt_span(buf, text, Some(*content));
            }
            buf.extend_from_slice(b",\"speaker\":");
            match speaker {
                Some(speaker) => {
                    buf.push(b'{');
                    push_span_fields(buf, text, speaker.span);
                    buf.extend_from_slice(b",\"entity\":");
                    match &speaker.entity {
                        Some(link) => push_entity(buf, link),
                        None => buf.extend_from_slice(b"null"),
                    }
                    buf.push(b'}');
                }
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b",\"cue\":");
            push_opt_span(buf, text, *cue);
        }
    }
    buf.push(b'}');
}

/// `,"rule":…,"entity":{…}` of an entity mention. The rule and the link's strings of a bundled
/// entry are static (the gazetteer text inside the binary), so their JSON is the same at every
/// mention: written once per thread, keyed by their addresses, and copied from then on.
fn push_rule_and_link(buf: &mut Vec<u8>, rule: &Name, link: &EntityLink) {
    let Some(key) = link_key(rule, link) else {
        write_rule_and_link(buf, rule, link);
        return;
    };
    LINKS.with(|cell| {
        let Ok(mut cache) = cell.try_borrow_mut() else {
            write_rule_and_link(buf, rule, link);
            return;
        };
        let LinkCache { fragments, bytes } = &mut *cache;
        if let Some(&(start, end)) = fragments.get(&key) {
            buf.extend_from_slice(&bytes[start as usize..end as usize]);
            return;
        }
        let from = buf.len();
        write_rule_and_link(buf, rule, link);
        // Bounded: the bundled entries' mentions (a few hundred bytes each) and no more.
        if bytes.len() < LINK_CACHE_BYTES {
            let start = bytes.len() as u32;
            bytes.extend_from_slice(&buf[from..]);
            fragments.insert(key, (start, bytes.len() as u32));
        }
    });
}

fn write_rule_and_link(buf: &mut Vec<u8>, rule: &Name, link: &EntityLink) {
    buf.extend_from_slice(b",\"rule\":");
    push_str(buf, rule);
    buf.extend_from_slice(b",\"entity\":");
    push_entity(buf, link);
}

/// Most bytes of JSON kept per thread by [`push_rule_and_link`].
const LINK_CACHE_BYTES: usize = 16 << 20;

/// The addresses and lengths of a rule and link's strings when all are static (absent ones
/// as zeros), and the form: what identifies their JSON.
#[derive(PartialEq, Eq)]
struct LinkKey([usize; 13]);

/// Hashes the rule's and the id's addresses and the form only: they tell the entries apart
/// (keys equal in them and different elsewhere still compare unequal, in one bucket), and
/// hashing all thirteen words was a third of a cached mention's cost.
impl std::hash::Hash for LinkKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [rule, _, id, .., form] = self.0;
        state.write_usize(rule ^ id.rotate_left(29) ^ form.rotate_left(59));
    }
}

fn link_key(rule: &Name, link: &EntityLink) -> Option<LinkKey> {
    let at = |s: &'static str| (s.as_ptr() as usize, s.len());
    let opt = |n: &Option<Name>| match n {
        None => Some((0, 0)),
        Some(n) => n.as_static().map(at),
    };
    let (r, id, name, gazetteer) = (
        at(rule.as_static()?),
        at(link.id.as_static()?),
        at(link.name.as_static()?),
        at(link.gazetteer.as_static()?),
    );
    let (country, role) = (opt(&link.country)?, opt(&link.role)?);
    Some(LinkKey([
        r.0,
        r.1,
        id.0,
        id.1,
        name.0,
        name.1,
        gazetteer.0,
        gazetteer.1,
        country.0,
        country.1,
        role.0,
        role.1,
        link.form as usize,
    ]))
}

#[derive(Default)]
struct LinkCache {
    /// Key → the fragment's range in `bytes`.
    fragments: FxHashMap<LinkKey, (u32, u32)>,
    bytes: Vec<u8>,
}

thread_local! {
    static LINKS: RefCell<LinkCache> = RefCell::new(LinkCache::default());
}

fn push_entity(buf: &mut Vec<u8>, link: &EntityLink) {
    buf.extend_from_slice(b"{\"id\":");
    push_str(buf, &link.id);
    buf.extend_from_slice(b",\"name\":");
    push_str(buf, &link.name);
    buf.extend_from_slice(b",\"gazetteer\":");
    push_str(buf, &link.gazetteer);
    buf.extend_from_slice(form_fragment(link.form));
    if let Some(country) = &link.country {
        buf.extend_from_slice(b",\"country\":");
        push_str(buf, country);
    }
    if let Some(role) = &link.role {
        buf.extend_from_slice(b",\"role\":");
        push_str(buf, role);
    }
    buf.push(b'}');
}

/// `","type":"…","label":` after an annotation's id: the type's name is a constant that
/// needs no escaping, so one fragment with the keys around it.
fn type_fragment(t: AnnotationType) -> &'static [u8] {
    match t {
        AnnotationType::Entity => b"\",\"type\":\"entity\",\"label\":",
        AnnotationType::Date => b"\",\"type\":\"date\",\"label\":",
        AnnotationType::Casualty => b"\",\"type\":\"casualty\",\"label\":",
        AnnotationType::Quote => b"\",\"type\":\"quote\",\"label\":",
    }
}

/// `","type":"…","label":"…",` after an annotation's id, for the labels the extractors give
/// (the bundled gazetteers' entity labels and the others' fixed ones): one constant fragment
/// instead of the type's and a string written and checked for escapes at every annotation.
/// `None` for any other label (a user gazetteer's).
fn type_and_label_fragment(t: AnnotationType, label: &str) -> Option<&'static Fragment> {
    use AnnotationType::{Casualty, Date, Entity, Quote};
    Some(match (t, label) {
        (Entity, "COUNTRY") => {
            const { &Fragment::new(b"\",\"type\":\"entity\",\"label\":\"COUNTRY\",") }
        }
        (Entity, "GROUP") => {
            const { &Fragment::new(b"\",\"type\":\"entity\",\"label\":\"GROUP\",") }
        }
        (Entity, "ORG") => const { &Fragment::new(b"\",\"type\":\"entity\",\"label\":\"ORG\",") },
        (Entity, "OFFICIAL") => {
            const { &Fragment::new(b"\",\"type\":\"entity\",\"label\":\"OFFICIAL\",") }
        }
        (Date, "DATE") => const { &Fragment::new(b"\",\"type\":\"date\",\"label\":\"DATE\",") },
        (Date, "TIME") => const { &Fragment::new(b"\",\"type\":\"date\",\"label\":\"TIME\",") },
        (Date, "DURATION") => {
            const { &Fragment::new(b"\",\"type\":\"date\",\"label\":\"DURATION\",") }
        }
        (Date, "SET") => const { &Fragment::new(b"\",\"type\":\"date\",\"label\":\"SET\",") },
        (Casualty, "KILLED") => {
            const { &Fragment::new(b"\",\"type\":\"casualty\",\"label\":\"KILLED\",") }
        }
        (Casualty, "INJURED") => {
            const { &Fragment::new(b"\",\"type\":\"casualty\",\"label\":\"INJURED\",") }
        }
        (Casualty, "KIDNAPPED") => {
            const { &Fragment::new(b"\",\"type\":\"casualty\",\"label\":\"KIDNAPPED\",") }
        }
        (Casualty, "MISSING") => {
            const { &Fragment::new(b"\",\"type\":\"casualty\",\"label\":\"MISSING\",") }
        }
        (Quote, "QUOTE") => const { &Fragment::new(b"\",\"type\":\"quote\",\"label\":\"QUOTE\",") },
        _ => return None,
    })
}

/// `,"anchor":"…"` of a date, one constant fragment.
fn anchor_fragment(anchor: Anchor) -> &'static [u8] {
    match anchor {
        Anchor::Absolute => b",\"anchor\":\"absolute\"",
        Anchor::Document => b",\"anchor\":\"document\"",
        Anchor::Unresolved => b",\"anchor\":\"unresolved\"",
    }
}

/// `,"form":"…"` of an entity link, one constant fragment.
fn form_fragment(f: MentionForm) -> &'static [u8] {
    match f {
        MentionForm::Name => b",\"form\":\"name\"",
        MentionForm::Alias => b",\"form\":\"alias\"",
        MentionForm::Acronym => b",\"form\":\"acronym\"",
        MentionForm::Demonym => b",\"form\":\"demonym\"",
        MentionForm::Surname => b",\"form\":\"surname\"",
    }
}

/// `"start":…,"end":…,"byte_start":…,"byte_end":…,"text":"…"` (no braces). Returns whether
/// the span's text needed no escapes (so no part of it does).
fn push_span_fields(buf: &mut Vec<u8>, text: &str, span: Span) -> bool {
    let clean = escape_free_in(text.as_bytes(), span.bytes());
    push_known_span_fields(buf, text, span, clean);
    clean
}

/// [`push_span_fields`] for a span whose text is known to need escapes or not (`clean`).
fn push_known_span_fields(buf: &mut Vec<u8>, text: &str, span: Span, clean: bool) {
    push_offsets(buf, span);
    buf.extend_from_slice(b",\"text\":");
    if clean {
        if let Some(window) = short_window(text.as_bytes(), span.bytes()) {
            push_quoted_short(buf, window, span.len());
            return;
        }
    }
    push_quoted(buf, &text.as_bytes()[span.bytes()], clean);
}

/// Whether `bytes[range]` holds no byte that a JSON string escapes (a control character, a
/// quote, a backslash), sixteen bytes at a time. `bytes` is the whole document: a short range
/// is read as the sixteen bytes from its start (or up to its end) with the bytes outside it
/// masked off, one load instead of a byte loop.
#[cfg(target_arch = "x86_64")]
fn escape_free_in(bytes: &[u8], range: std::ops::Range<usize>) -> bool {
    let (start, end) = (range.start, range.end);
    let len = end - start;
    let at = |p: usize| {
        bytes
            .get(p..p + 16)
            .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    };
    if len < 16 {
        if let Some(chunk) = at(start) {
            return escapes16(chunk) & ((1u32 << len) - 1) == 0;
        }
        if let Some(chunk) = end.checked_sub(16).and_then(at) {
            return escapes16(chunk) >> (16 - len) == 0;
        }
        return bytes[range].iter().all(|&b| ESCAPE[b as usize] == 0);
    }
    let mut p = start;
    while p + 16 <= end {
        match at(p) {
            Some(chunk) if escapes16(chunk) == 0 => p += 16,
            _ => return false,
        }
    }
    // The last partial chunk as the range's last sixteen bytes (overlapping checked ones).
    p == end || at(end - 16).is_some_and(|chunk| escapes16(chunk) == 0)
}

#[cfg(not(target_arch = "x86_64"))]
fn escape_free_in(bytes: &[u8], range: std::ops::Range<usize>) -> bool {
    bytes[range].iter().all(|&b| ESCAPE[b as usize] == 0)
}

// Bit `i` set when byte `i` of a sixteen-byte chunk must be escaped in a JSON string.
#[cfg(target_arch = "x86_64")]
use crate::wordmask::json_special_mask16 as escapes16;

fn push_opt_span(buf: &mut Vec<u8>, text: &str, span: Option<Span>) {
    match span {
        Some(span) => {
            buf.push(b'{');
            push_span_fields(buf, text, span);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
}

/// `"start":…,"end":…,"byte_start":…,"byte_end":…` (no braces), written straight into the
/// buffer's spare room: one capacity check for the four keys and numbers.
fn push_offsets(buf: &mut Vec<u8>, span: Span) {
    // The keys (41 bytes) and four numbers of at most 20 digits.
    append_with::<121>(buf, |out| {
        let mut n = put(out, 0, b"\"start\":");
        n = put_uint(out, n, span.start as u64);
        n = put(out, n, b",\"end\":");
        n = put_uint(out, n, span.end as u64);
        n = put(out, n, b",\"byte_start\":");
        n = put_uint(out, n, span.byte_start as u64);
        n = put(out, n, b",\"byte_end\":");
        put_uint(out, n, span.byte_end as u64)
    });
}

/// Appends up to `M` bytes that `write` puts into the first bytes of the buffer's spare room
/// (returning how many), with [`put`] and [`put_uint`]. Composing them in an array on the
/// stack first cost zeroing it and copying it over, a third of the offsets' instructions.
#[inline(always)]
fn append_with<const M: usize>(
    buf: &mut Vec<u8>,
    write: impl FnOnce(&mut [MaybeUninit<u8>; M]) -> usize,
) {
    buf.reserve(M);
    let len = buf.len();
    let Ok(out) = <&mut [MaybeUninit<u8>; M]>::try_from(&mut buf.spare_capacity_mut()[..M]) else {
        unreachable!("`reserve` left room for {M} bytes");
    };
    let n = write(out);
    assert!(n <= M);
    // SAFETY: `reserve` left room for `M` bytes after `len`, and `write` initialized the first
    // `n` of them (`put` and `put_uint` write every byte from where they start to the end they
    // return, and each starts where the last one ended, from 0); `n <= M` is asserted.
    unsafe { buf.set_len(len + n) };
}

/// Writes `bytes` into `out` at `at`; returns the end.
#[inline(always)]
fn put<const M: usize, const N: usize>(
    out: &mut [MaybeUninit<u8>; M],
    at: usize,
    bytes: &[u8; N],
) -> usize {
    let slots = &mut out[at..at + N];
    // SAFETY: `slots` is exactly `N` bytes (`MaybeUninit<u8>` has the layout of `u8`), and
    // `bytes` is `N` initialized bytes that cannot overlap the mutably borrowed `out`. A copy
    // of a constant size is a few vector moves; the byte loop was not always turned into one.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), slots.as_mut_ptr().cast::<u8>(), N) };
    at + N
}

/// The decimal digits of `n` into `out` at `at` (room for 20 digits); returns the end.
/// Below 10,000 (every offset of a news article) the digits are one table entry stored
/// whole, and their count comes from its highest byte: no branch on the number's size.
#[inline(always)]
fn put_uint<const M: usize>(out: &mut [MaybeUninit<u8>; M], at: usize, n: u64) -> usize {
    if let Some(&digits) = SMALL_DIGITS.get(n as usize) {
        put(out, at, &digits.to_le_bytes());
        return at + small_digits_len(digits);
    }
    put_long_uint(out, at, n)
}

/// How many digits a [`SMALL_DIGITS`] entry holds: the index of its highest byte that is not
/// zero, plus one (digits are 0x30 to 0x39, so that byte's top set bit is bit 5 or 4).
#[inline(always)]
fn small_digits_len(digits: u32) -> usize {
    (39 - digits.leading_zeros() as usize) >> 3
}

/// The decimal digits of 0 to 9,999, first digit in the lowest byte, zero bytes after.
static SMALL_DIGITS: [u32; 10_000] = {
    let mut table = [0u32; 10_000];
    let mut n = 0;
    while n < 10_000 {
        let mut digits = 0u32;
        let mut rest = n;
        // The digits from the last: each one before it goes below, shifting them up.
        loop {
            digits = (digits << 8) | (b'0' as u32 + (rest % 10) as u32);
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        table[n] = digits;
        n += 1;
    }
    table
};

/// [`put_uint`] of any number, two digits at a time.
#[inline(always)]
fn put_long_uint<const M: usize>(out: &mut [MaybeUninit<u8>; M], at: usize, n: u64) -> usize {
    let pair = |i: u64| {
        let i = i as usize * 2;
        [PAIRS[i], PAIRS[i + 1]]
    };
    match n {
        0..=9 => put(out, at, &[b'0' + n as u8]),
        10..=99 => put(out, at, &pair(n)),
        100..=999 => {
            let [a, b] = pair(n % 100);
            put(out, at, &[b'0' + (n / 100) as u8, a, b])
        }
        1000..=9999 => {
            let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
            put(out, at, &[a, b, c, d])
        }
        _ => {
            let mut digits = [0u8; 20];
            let from = long_digits(&mut digits, n);
            let end = at + digits.len() - from;
            for (slot, &b) in out[at..end].iter_mut().zip(&digits[from..]) {
                slot.write(b);
            }
            end
        }
    }
}

/// `[{"start":…,"end":…,"byte_start":…,"byte_end":…},…]`.
fn push_segments(
    buf: &mut Vec<u8>,
    doc: &Document,
    ranges: impl Iterator<Item = std::ops::Range<usize>>,
) {
    buf.push(b'[');
    for (i, range) in ranges.enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.push(b'{');
        push_offsets(buf, doc.span(range));
        buf.push(b'}');
    }
    buf.push(b']');
}

fn push_bool(buf: &mut Vec<u8>, value: bool) {
    buf.extend_from_slice(if value { b"true" } else { b"false" });
}

/// An unsigned integer in decimal ([`put_uint`]'s digits, two at a time).
fn push_uint(buf: &mut Vec<u8>, n: u64) {
    append_with::<20>(buf, |out| put_uint(out, 0, n));
}

/// The digit pairs `00` to `99`.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// The decimal digits of `n` at the end of `digits`; returns where they start.
fn long_digits(digits: &mut [u8; 20], mut n: u64) -> usize {
    let mut at = digits.len();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    at
}

/// What a byte becomes inside a JSON string, as `serde_json` writes it: 0 = itself, `u` =
/// `\u00XX`, anything else = a backslash and that character.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Whether any of the 8 bytes of `word` must be escaped in a JSON string: a control character
/// (below 0x20), a quote or a backslash. Exact, with no false positives (SWAR zero-byte tests).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte is zero in `x` exactly when its high bit ends up set in `zero_bytes(x)`.
    let zero_bytes = |x: u64| (x.wrapping_sub(ONES) & !x) & HIGHS;
    // Bytes below 0x20: clearing the top three bits of each byte leaves them unchanged; a byte
    // is below 0x20 when those three bits were zero.
    let below_0x20 = zero_bytes(word & 0xe0e0_e0e0_e0e0_e0e0);
    below_0x20 | zero_bytes(word ^ (ONES * b'"' as u64)) | zero_bytes(word ^ (ONES * b'\\' as u64))
        != 0
}

/// A JSON string: quotes, backslashes and control characters escaped, everything else (all
/// non-ASCII text included) copied as is. Strings with nothing to escape (almost all) are
/// checked eight bytes at a time and copied whole.
fn push_str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    let mut chunks = bytes.chunks_exact(8);
    let clean = chunks.by_ref().all(|c| !needs_escape(word(c)))
        && match bytes.len() {
            // The last eight bytes (overlapping checked ones) cover the remainder at once.
            8.. => !needs_escape(word(&bytes[bytes.len() - 8..])),
            _ => bytes.iter().all(|&b| ESCAPE[b as usize] == 0),
        };
    push_quoted(buf, bytes, clean);
}

/// How many bytes [`push_quoted_short`] copies at once.
const SHORT: usize = 32;

/// The [`SHORT`] bytes of `bytes` from `range`'s start, when the range is no longer and they
/// are all inside `bytes` (most entity names, dates and speakers).
fn short_window(bytes: &[u8], range: std::ops::Range<usize>) -> Option<&[u8; SHORT]> {
    if range.len() > SHORT {
        return None;
    }
    let window = bytes.get(range.start..range.start + SHORT)?;
    window.try_into().ok()
}

/// The first `len` bytes of `window` (text with nothing to escape) as a JSON string: a copy
/// of a constant size, a few vector moves, where a copy of `len` bytes was a `memcpy` call.
#[inline]
fn push_quoted_short(buf: &mut Vec<u8>, window: &[u8; SHORT], len: usize) {
    append_with::<{ SHORT + 2 }>(buf, |out| {
        put(out, 0, b"\"");
        put(out, 1, window);
        put(out, 1 + len, b"\"")
    });
}

/// A constant JSON fragment padded to a constant size, so that it is appended by a copy of
/// that size (a few vector moves; a copy of its length was a `memcpy` call per annotation).
struct Fragment {
    bytes: [u8; FRAGMENT],
    len: usize,
}

/// The size [`Fragment`]s are padded to (the longest is 40 bytes).
const FRAGMENT: usize = 48;

impl Fragment {
    const fn new(text: &[u8]) -> Fragment {
        assert!(text.len() <= FRAGMENT);
        let mut bytes = [0u8; FRAGMENT];
        let mut i = 0;
        while i < text.len() {
            bytes[i] = text[i];
            i += 1;
        }
        Fragment {
            bytes,
            len: text.len(),
        }
    }

    #[cfg(test)]
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

fn push_fragment(buf: &mut Vec<u8>, fragment: &Fragment) {
    append_with::<FRAGMENT>(buf, |out| {
        put(out, 0, &fragment.bytes) - FRAGMENT + fragment.len
    });
}

/// `bytes` as a JSON string, quotes included; `clean`: whether it holds no byte to escape.
#[inline]
fn push_quoted(buf: &mut Vec<u8>, bytes: &[u8], clean: bool) {
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    if clean {
        buf.extend_from_slice(bytes);
    } else {
        push_escaped(buf, bytes);
    }
    buf.push(b'"');
}

/// The body of a JSON string that holds at least one byte to escape, byte by byte.
#[cold]
fn push_escaped(buf: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = ESCAPE[b as usize];
        if escape == 0 {
            continue;
        }
        buf.extend_from_slice(&bytes[run..i]);
        run = i + 1;
        if escape == b'u' {
            buf.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]);
        } else {
            buf.extend_from_slice(&[b'\\', escape]);
        }
    }
    buf.extend_from_slice(&bytes[run..]);
}

/// One document's share of a [`Summary`], in an array rather than the summary's map: what a
/// worker hands back per document (a map allocated per document on one thread was freed on
/// another), added with [`Summary::add_counts`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// The document's input bytes.
    pub bytes: usize,
    /// Whether the document has errors.
    pub failed: bool,
    /// Annotations by type, indexed as [`AnnotationType::ALL`].
    pub by_type: [usize; AnnotationType::ALL.len()],
}

impl Counts {
    /// Counts one annotated document.
    pub fn of(annotated: &AnnotatedDocument) -> Self {
        // Counted in an array: a map lookup per annotation was ~50 instructions.
        let mut by_type = [0usize; AnnotationType::ALL.len()];
        for a in &annotated.annotations {
            by_type[a.annotation_type() as usize] += 1;
        }
        Counts {
            bytes: annotated.doc.source.bytes,
            failed: !annotated.doc.errors.is_empty(),
            by_type,
        }
    }
}

/// Counts of annotations by type and of failed documents, for the end-of-run summary.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub documents: usize,
    pub bytes: usize,
    pub failed: usize,
    pub by_type: BTreeMap<AnnotationType, usize>,
}

impl Summary {
    /// Adds one document.
    pub fn add(&mut self, annotated: &AnnotatedDocument) {
        self.add_counts(&Counts::of(annotated));
    }

    /// Adds one document's [`Counts`].
    pub fn add_counts(&mut self, counts: &Counts) {
        self.documents += 1;
        self.bytes += counts.bytes;
        if counts.failed {
            self.failed += 1;
        }
        for (kind, count) in AnnotationType::ALL.into_iter().zip(counts.by_type) {
            if count > 0 {
                *self.by_type.entry(kind).or_default() += count;
            }
        }
    }

    /// Adds another summary's counts.
    pub fn merge(&mut self, other: &Summary) {
        self.documents += other.documents;
        self.bytes += other.bytes;
        self.failed += other.failed;
        for (t, n) in &other.by_type {
            *self.by_type.entry(*t).or_default() += n;
        }
    }

    /// One line: `5 documents, 25.8 KB: 120 entity, 40 date, …; 0 with errors; 0.01 s`.
    pub fn line(&self, seconds: f64) -> String {
        let types: Vec<String> = AnnotationType::ALL
            .iter()
            .map(|t| format!("{} {t}", self.by_type.get(t).copied().unwrap_or(0)))
            .collect();
        let mb = self.bytes as f64 / 1e6;
        // Under a second the time is mostly start-up (loading the gazetteers), and a rate
        // would misstate the throughput.
        let rates = if seconds >= 1.0 {
            format!(
                " ({:.1} MB/s, {:.1} docs/s)",
                mb / seconds,
                self.documents as f64 / seconds
            )
        } else {
            String::new()
        };
        format!(
            "sitrep: {} documents, {:.2} MB: {}; {} with errors; {:.2} s{rates}",
            self.documents,
            mb,
            types.join(", "),
            self.failed,
            seconds,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_exactly_as_serde_json_does() {
        let mut every_ascii: String = (0u8..0x80).map(char::from).collect();
        every_ascii.push_str("é’“»👩‍👩‍👧\u{2028}\u{7f}");
        for s in [
            "",
            "plain",
            "\"quoted\" and \\back\\slashed",
            "tab\there\r\nnew line\u{8}\u{c}\u{0}\u{1f}",
            "«Да» said “he”",
            every_ascii.as_str(),
        ] {
            let mut buf = Vec::new();
            push_str(&mut buf, s);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }

    /// One byte to escape at every place of strings of every length up to three words: the
    /// whole words, the overlapping last word and the short remainder each find it.
    #[test]
    fn a_byte_to_escape_is_found_wherever_it_is() {
        for len in 0..24 {
            for at in 0..len {
                for bad in ['"', '\\', '\n', '\u{1}'] {
                    let s: String = (0..len).map(|i| if i == at { bad } else { 'a' }).collect();
                    let mut buf = Vec::new();
                    push_str(&mut buf, &s);
                    assert_eq!(
                        buf,
                        serde_json::to_string(&s).unwrap().into_bytes(),
                        "{s:?}"
                    );
                }
            }
        }
    }

    /// The sixteen-byte test of a range of the document, against the byte rule: every range
    /// of texts of every length up to 40 with a byte to escape at each place (also outside
    /// the range, which the masked loads read), and every byte value in every lane.
    /// Span texts copied as a constant-size window (short, clean, with 32 bytes of text from
    /// their start) against `push_str` of the slice: every range of a text with quotes and
    /// multi-byte characters, near its end too.
    #[test]
    fn span_texts_are_copied_exactly() {
        let doc = Document::from_text(
            "d",
            "Kabul’s envoy said \"no\" in Doha on Tuesday, 2024-11-21, and left for «Ankara».",
        );
        let text = doc.text.as_str();
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &start in &ends {
            for &end in ends.iter().filter(|&&end| end >= start) {
                let span = doc.span(start..end);
                let mut fast = Vec::new();
                push_span_fields(&mut fast, text, span);
                let mut slow = Vec::new();
                push_offsets(&mut slow, span);
                slow.extend_from_slice(b",\"text\":");
                push_str(&mut slow, &text[start..end]);
                assert_eq!(fast, slow, "{start}..{end}");
            }
        }
    }

    #[test]
    fn ranges_of_the_text_are_checked_exactly() {
        let byte_rule = |b: &[u8]| b.iter().all(|&b| ESCAPE[b as usize] == 0);
        for len in 0..40 {
            for bad_at in (0..len).chain([usize::MAX]) {
                for bad in [b'"', b'\\', b'\n', 1, 0x1f] {
                    let text: Vec<u8> = (0..len)
                        .map(|i| {
                            if i == bad_at {
                                bad
                            } else {
                                b"a\xe2\x80\x9c \x7f"[i % 6]
                            }
                        })
                        .collect();
                    for start in 0..=len {
                        for end in start..=len {
                            assert_eq!(
                                escape_free_in(&text, start..end),
                                byte_rule(&text[start..end]),
                                "{text:?} {start}..{end}"
                            );
                        }
                    }
                }
            }
        }
        #[cfg(target_arch = "x86_64")]
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut chunk = *b"abcdefghijklmnop";
                chunk[at] = b;
                let want = if ESCAPE[b as usize] != 0 { 1 << at } else { 0 };
                assert_eq!(escapes16(&chunk), want, "byte {b:#x} at {at}");
            }
        }
    }

    #[test]
    fn the_eight_byte_test_flags_exactly_the_bytes_to_escape() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = b;
                assert_eq!(
                    needs_escape(u64::from_le_bytes(word)),
                    ESCAPE[b as usize] != 0,
                    "byte {b:#x} at {at}"
                );
            }
        }
        // High bytes of UTF-8 next to low ones do not trigger it.
        assert!(!needs_escape(u64::from_le_bytes(*b"\xe2\x80\x9c!#~ \x7f")));
    }

    #[test]
    fn constant_fragments_are_what_the_string_writer_writes() {
        for t in [
            AnnotationType::Entity,
            AnnotationType::Date,
            AnnotationType::Casualty,
            AnnotationType::Quote,
        ] {
            let mut want = b"\",\"type\":".to_vec();
            push_str(&mut want, t.as_str());
            want.extend_from_slice(b",\"label\":");
            assert_eq!(type_fragment(t), want.as_slice());
        }
        let labels = [
            "COUNTRY",
            "GROUP",
            "ORG",
            "OFFICIAL",
            "DATE",
            "TIME",
            "DURATION",
            "SET",
            "KILLED",
            "INJURED",
            "KIDNAPPED",
            "MISSING",
            "QUOTE",
            "PERSON",
            "",
            "a\"b",
        ];
        let mut fragments = 0;
        for t in AnnotationType::ALL {
            for label in labels {
                let Some(fragment) = type_and_label_fragment(t, label) else {
                    continue;
                };
                let mut want = type_fragment(t).to_vec();
                push_str(&mut want, label);
                want.push(b',');
                assert_eq!(fragment.as_bytes(), want.as_slice(), "{t:?} {label}");
                fragments += 1;
            }
        }
        assert_eq!(fragments, 13);
        for a in [Anchor::Absolute, Anchor::Document, Anchor::Unresolved] {
            let mut want = b",\"anchor\":".to_vec();
            push_str(&mut want, a.as_str());
            assert_eq!(anchor_fragment(a), want.as_slice());
        }
        for f in [
            MentionForm::Name,
            MentionForm::Alias,
            MentionForm::Acronym,
            MentionForm::Demonym,
            MentionForm::Surname,
        ] {
            let mut want = b",\"form\":".to_vec();
            push_str(&mut want, f.as_str());
            assert_eq!(form_fragment(f), want.as_slice());
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        let powers = (0..20).flat_map(|e| {
            let p = 10u64.pow(e);
            [p - 1, p, p + 1]
        });
        for n in (0..200_000)
            .chain(powers)
            .chain([12_345, u64::from(u32::MAX), u64::MAX])
        {
            let mut buf = Vec::new();
            push_uint(&mut buf, n);
            assert_eq!(String::from_utf8(buf).unwrap(), n.to_string());
        }
    }

    #[test]
    fn offsets_are_written_in_decimal() {
        let powers = (0..20).flat_map(|e| {
            let p = 10usize.pow(e);
            [p - 1, p, p + 1]
        });
        let numbers: Vec<usize> = (0..20_000)
            .chain(powers)
            .chain([12_345, usize::MAX / 3, usize::MAX])
            .collect();
        for (i, &n) in numbers.iter().enumerate() {
            // Each field a number of another width.
            let [a, b, c] = [1, 7, 13].map(|k| numbers[(i + k * 997) % numbers.len()]);
            let span = Span {
                start: n,
                end: a,
                byte_start: b,
                byte_end: c,
            };
            let mut buf = Vec::new();
            push_offsets(&mut buf, span);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                format!("\"start\":{n},\"end\":{a},\"byte_start\":{b},\"byte_end\":{c}")
            );
        }
    }

    /// One annotation of every type and shape, and every optional document field. The expected
    /// line keeps the field order and escaping of the `serde_json` derive this writer replaced
    /// (outputs of the seeds and the real corpora were byte-identical before and after).
    fn every_shape() -> AnnotatedDocument {
        use crate::model::{Anchor, Count, DocDate, DocError, MentionForm, Source, Speaker};
        let text = "“Go,” the Kazakh “minister” said.\tFive killed on 2 May.";
        let mut doc = Document::with_source(
            "a\"b".into(),
            text.into(),
            Source {
                path: Some("dir\\x.jsonl".into()),
                sha256: "ab".into(),
                bytes: text.len(),
                line: Some(3),
            },
        );
        doc.date = DocDate {
            value: chrono::NaiveDate::from_ymd_opt(2024, 5, 9),
            from: DateSource::Text,
            span: Some(doc.span(0..3)),
        };
        doc.errors.push(DocError {
            kind: "bad_date",
            message: "`date` \"x\"\n".into(),
        });
        let mut meta = serde_json::Map::new();
        meta.insert("z".into(), serde_json::json!([1, 2.5, "é\u{1}"]));
        meta.insert("a".into(), serde_json::Value::Null);
        doc.meta = Some(meta);
        let link = |country: Option<&str>, role: Option<&str>| EntityLink {
            id: "Q1".into(),
            name: "N".into(),
            gazetteer: "officials".into(),
            form: MentionForm::Surname,
            country: country.map(Into::into),
            role: role.map(Into::into),
        };
        let annotation = |bytes: std::ops::Range<usize>, label: &str, detail| Annotation {
            span: doc.span(bytes),
            label: label.into(),
            rule: "r/1".into(),
            detail,
        };
        let minister = text.find("minister").unwrap();
        let five = text.find("Five").unwrap();
        let annotations = vec![
            annotation(
                0..9,
                "QUOTE",
                Detail::Quote {
                    content: doc.span(3..6),
                    speaker: Some(Box::new(Speaker {
                        span: doc.span(minister - 3..minister + 11),
                        entity: Some(link(Some("Q2"), Some("minister"))),
                    })),
                    cue: Some(doc.span(minister + 12..minister + 16)),
                },
            ),
            annotation(
                0..9,
                "QUOTE",
                Detail::Quote {
                    content: doc.span(3..6),
                    speaker: None,
                    cue: None,
                },
            ),
            annotation(
                minister..minister + 8,
                "QUOTE",
                Detail::Quote {
                    content: doc.span(minister..minister + 8),
                    speaker: Some(Box::new(Speaker {
                        span: doc.span(minister..minister + 8),
                        entity: None,
                    })),
                    cue: None,
                },
            ),
            annotation(
                minister - 10..minister - 4,
                "COUNTRY",
                Detail::Entity(link(None, None)),
            ),
            annotation(
                five..five + 11,
                "KILLED",
                Detail::Casualty {
                    count: Count {
                        min: 5,
                        max: Some(5),
                    },
                    approximate: false,
                    negated: true,
                    victims: None,
                },
            ),
            annotation(
                five..five + 4,
                "KILLED",
                Detail::Casualty {
                    count: Count { min: 5, max: None },
                    approximate: true,
                    negated: false,
                    victims: Some(doc.span(five..five + 4)),
                },
            ),
            annotation(
                text.len() - 6..text.len() - 1,
                "DATE",
                Detail::Date {
                    value: "2024-05-02".into(),
                    anchor: Anchor::Document,
                },
            ),
        ];
        let segments = crate::segment::Segmentation::new(&doc.text);
        AnnotatedDocument {
            doc,
            annotations,
            segments,
        }
    }

    #[test]
    fn document_line_has_every_field_in_schema_order() {
        let mut buf = Vec::new();
        let emit = Emit {
            paragraphs: true,
            sentences: true,
            tokens: false,
        };
        write_document(&every_shape(), Format::Docs, emit, &mut buf);
        let expected = concat!(
            r#"{"schema":"sitrep/1","id":"a\"b","source":{"path":"dir\\x.jsonl","sha256":"ab","bytes":63,"line":3},"#,
            r#""date":{"value":"2024-05-09","from":"text","start":0,"end":1,"byte_start":0,"byte_end":3},"annotations":["#,
            r#"{"id":"a1","type":"quote","label":"QUOTE","start":0,"end":5,"byte_start":0,"byte_end":9,"text":"“Go,”","rule":"r/1","content":{"start":1,"end":4,"byte_start":3,"byte_end":6,"text":"Go,"},"speaker":{"start":17,"end":27,"byte_start":21,"byte_end":35,"text":"“minister”","entity":{"id":"Q1","name":"N","gazetteer":"officials","form":"surname","country":"Q2","role":"minister"}},"cue":{"start":28,"end":32,"byte_start":36,"byte_end":40,"text":"said"}},"#,
            r#"{"id":"a2","type":"quote","label":"QUOTE","start":0,"end":5,"byte_start":0,"byte_end":9,"text":"“Go,”","rule":"r/1","content":{"start":1,"end":4,"byte_start":3,"byte_end":6,"text":"Go,"},"speaker":null,"cue":null},"#,
            r#"{"id":"a3","type":"quote","label":"QUOTE","start":18,"end":26,"byte_start":24,"byte_end":32,"text":"minister","rule":"r/1","content":{"start":18,"end":26,"byte_start":24,"byte_end":32,"text":"minister"},"speaker":{"start":18,"end":26,"byte_start":24,"byte_end":32,"text":"minister","entity":null},"cue":null},"#,
            r#"{"id":"a4","type":"entity","label":"COUNTRY","start":10,"end":16,"byte_start":14,"byte_end":20,"text":"Kazakh","rule":"r/1","entity":{"id":"Q1","name":"N","gazetteer":"officials","form":"surname"}},"#,
            r#"{"id":"a5","type":"casualty","label":"KILLED","start":34,"end":45,"byte_start":42,"byte_end":53,"text":"Five killed","rule":"r/1","count":{"min":5,"max":5},"approximate":false,"negated":true,"victims":null},"#,
            r#"{"id":"a6","type":"casualty","label":"KILLED","start":34,"end":38,"byte_start":42,"byte_end":46,"text":"Five","rule":"r/1","count":{"min":5,"max":null},"approximate":true,"negated":false,"victims":{"start":34,"end":38,"byte_start":42,"byte_end":46,"text":"Five"}},"#,
            r#"{"id":"a7","type":"date","label":"DATE","start":49,"end":54,"byte_start":57,"byte_end":62,"text":"2 May","rule":"r/1","value":"2024-05-02","anchor":"document"}],"#,
            r#""errors":[{"kind":"bad_date","message":"`date` \"x\"\n"}],"meta":{"a":null,"z":[1,2.5,"é\u0001"]},"#,
            r#""paragraphs":[{"start":0,"end":55,"byte_start":0,"byte_end":63}],"#,
            r#""sentences":[{"start":0,"end":33,"byte_start":0,"byte_end":41},{"start":34,"end":55,"byte_start":42,"byte_end":63}]}"#,
            "\n"
        );
        assert_eq!(String::from_utf8(buf).unwrap(), expected);
    }

    /// Entity links of static strings are written once per thread and copied after: the copy
    /// is what the writer writes, for every form, with and without country and role, and the
    /// same strings at other addresses (or shared) are not mistaken for them.
    #[test]
    fn cached_entity_links_are_what_the_writer_writes() {
        static TEXT: &str = "Q1\tN \"q\"\tofficials\tQ2\tminister\tr/1";
        let cell: Vec<&'static str> = TEXT.split('\t').collect();
        let st = |i: usize| Name::from_static(cell[i]);
        let forms = [
            MentionForm::Name,
            MentionForm::Alias,
            MentionForm::Acronym,
            MentionForm::Demonym,
            MentionForm::Surname,
        ];
        let mut links = Vec::new();
        for form in forms {
            for (country, role) in [
                (None, None),
                (Some(st(3)), Some(st(4))),
                (Some(st(3)), None),
            ] {
                links.push((
                    st(5),
                    EntityLink {
                        id: st(0),
                        name: st(1),
                        gazetteer: st(2),
                        form,
                        country,
                        role,
                    },
                ));
            }
        }
        // The same texts, shared, and at another static address.
        links.push((
            "r/1".into(),
            EntityLink {
                id: "Q1".into(),
                name: "N \"q\"".into(),
                gazetteer: "officials".into(),
                form: MentionForm::Name,
                country: None,
                role: None,
            },
        ));
        links.push((
            Name::from_static("r/2"),
            EntityLink {
                id: Name::from_static("Q9"),
                name: st(1),
                gazetteer: st(2),
                form: MentionForm::Name,
                country: None,
                role: None,
            },
        ));
        for _ in 0..3 {
            for (rule, link) in &links {
                let (mut cached, mut direct) = (Vec::new(), Vec::new());
                push_rule_and_link(&mut cached, rule, link);
                write_rule_and_link(&mut direct, rule, link);
                assert_eq!(
                    String::from_utf8(cached).unwrap(),
                    String::from_utf8(direct).unwrap()
                );
            }
        }
        let mut one = Vec::new();
        push_rule_and_link(&mut one, &links[0].0, &links[0].1);
        assert_eq!(
            String::from_utf8(one).unwrap(),
            r#","rule":"r/1","entity":{"id":"Q1","name":"N \"q\"","gazetteer":"officials","form":"name"}"#
        );
    }

    #[test]
    fn summary_line_gives_rates_only_for_runs_long_enough_to_mean_them() {
        let summary = Summary {
            documents: 4,
            bytes: 2_000_000,
            failed: 1,
            by_type: BTreeMap::from([(AnnotationType::Date, 7)]),
        };
        assert_eq!(
            summary.line(2.0),
            "sitrep: 4 documents, 2.00 MB: 0 entity, 7 date, 0 casualty, 0 quote; 1 with errors; \
             2.00 s (1.0 MB/s, 2.0 docs/s)"
        );
        assert_eq!(
            summary.line(0.05),
            "sitrep: 4 documents, 2.00 MB: 0 entity, 7 date, 0 casualty, 0 quote; 1 with errors; \
             0.05 s"
        );
    }
}
