//! The shared data model: documents, spans and annotations.
//!
//! Architecture invariant: every offset in this module is derived from the input text as given.
//! Extractors work in byte ranges of [`Document::text`]; a [`Span`] adds the code-point offsets,
//! computed once through the document's [`OffsetIndex`], so the two units can never disagree.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use chrono::NaiveDate;

/// A stretch of the input, in UTF-8 bytes and in Unicode code points (both end-exclusive).
///
/// Build spans with [`Document::span`] so that both units come from one offset index.
///
/// ```
/// use sitrep::Document;
/// let doc = Document::from_text("d1", "Kabul’s envoy");
/// let span = doc.span(0..5);
/// assert_eq!((span.start, span.end, span.byte_start, span.byte_end), (0, 5, 0, 5));
/// let apostrophe = doc.span(5..8); // ’ is three bytes, one code point
/// assert_eq!((apostrophe.start, apostrophe.end), (5, 6));
/// assert_eq!(doc.slice(apostrophe), "’");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span in the UTF-8 input.
    pub byte_start: usize,
    /// One past the last byte.
    pub byte_end: usize,
    /// First code point of the span.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// The byte range, for slicing the document text.
    pub fn bytes(&self) -> Range<usize> {
        self.byte_start..self.byte_end
    }

    /// Whether two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.byte_start <= other.byte_start && other.byte_end <= self.byte_end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.byte_end - self.byte_start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.byte_start == self.byte_end
    }
}

/// Maps byte offsets of a text to code-point offsets in O(1) per lookup.
///
/// Every 64th byte position stores the number of code points before it, with a mask of the
/// UTF-8 continuation bytes of the 64 bytes from there; a lookup subtracts the continuation
/// bytes below it from its distance to the checkpoint (one popcount). Pure-ASCII texts skip
/// the table entirely.
#[derive(Clone, Debug, Default)]
pub struct OffsetIndex {
    /// (code points before byte `64 k`, bit `i` set if byte `64 k + i` is a continuation
    /// byte), one entry per block and one past the last.
    checkpoints: Vec<(usize, u64)>,
    ascii: bool,
}

const CHECKPOINT_STRIDE: usize = 64;

fn starts_code_point(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Bit `i` set when byte `i` of `bytes` (at most 64) is a UTF-8 continuation byte.
fn continuation_mask_scalar(bytes: &[u8]) -> u64 {
    let mut continuation = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        continuation |= u64::from(!starts_code_point(b)) << i;
    }
    continuation
}

/// [`continuation_mask_scalar`] of a whole block, sixteen bytes per step with SSE2 (part of
/// every x86-64): the byte loop was ~10 instructions per byte of every non-ASCII document.
#[cfg(target_arch = "x86_64")]
#[allow(unused_unsafe)]
fn continuation_mask(block: &[u8; CHECKPOINT_STRIDE]) -> u64 {
    use std::arch::x86_64::{_mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    let mut mask = 0u64;
    for (k, sixteen) in block.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is in the x86-64 baseline, and the unaligned load reads exactly the
        // sixteen bytes of `sixteen`.
        let bits = unsafe {
            let v = _mm_loadu_si128(sixteen.as_ptr().cast());
            // Signed: continuation bytes 0x80..=0xBF are -128..=-65, below -64 (0xC0).
            _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-0x40))) as u32
        };
        mask |= u64::from(bits & 0xffff) << (16 * k);
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
fn continuation_mask(block: &[u8; CHECKPOINT_STRIDE]) -> u64 {
    continuation_mask_scalar(block)
}

/// Pushes the checkpoint of each whole block left in `blocks`, counting code points in `chars`.
#[inline(always)]
fn checkpoint_blocks(
    blocks: &mut std::slice::ChunksExact<'_, u8>,
    checkpoints: &mut Vec<(usize, u64)>,
    chars: &mut usize,
    mask: impl Fn(&[u8; CHECKPOINT_STRIDE]) -> u64,
) {
    for block in blocks.by_ref() {
        let continuation = block.try_into().map_or(0, &mask);
        checkpoints.push((*chars, continuation));
        *chars += CHECKPOINT_STRIDE - continuation.count_ones() as usize;
    }
}

/// [`checkpoint_blocks`] with [`continuation_mask_avx2`]: two 32-byte halves a block
/// instead of four sixteen-byte chunks.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn checkpoint_blocks_avx2(
    blocks: &mut std::slice::ChunksExact<'_, u8>,
    checkpoints: &mut Vec<(usize, u64)>,
    chars: &mut usize,
) {
    // SAFETY: AVX2 is there (this function's contract).
    checkpoint_blocks(blocks, checkpoints, chars, |block| unsafe {
        continuation_mask_avx2(block)
    });
}

/// [`continuation_mask`] with AVX2.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn continuation_mask_avx2(block: &[u8; CHECKPOINT_STRIDE]) -> u64 {
    use std::arch::x86_64::{
        _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
    };
    let half = |at: usize| {
        // SAFETY: `at` is 0 or 32, so the unaligned load reads 32 bytes inside `block`; AVX2
        // is there (the caller's contract).
        unsafe {
            let v = _mm256_loadu_si256(block.as_ptr().add(at).cast());
            // Signed, as in `continuation_mask`: continuation bytes are below -64 (0xC0).
            u64::from(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-0x40), v)) as u32)
        }
    };
    half(0) | half(32) << 32
}

impl OffsetIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return OffsetIndex {
                checkpoints: Vec::new(),
                ascii: true,
            };
        }
        let bytes = text.as_bytes();
        // One entry per whole block, one for a partial last block and one past the end: the
        // room for one fewer made the last push copy the whole vector in most documents.
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT_STRIDE + 2);
        let mut chars = 0usize;
        let mut blocks = bytes.chunks_exact(CHECKPOINT_STRIDE);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2.
            unsafe { checkpoint_blocks_avx2(&mut blocks, &mut checkpoints, &mut chars) };
        }
        checkpoint_blocks(&mut blocks, &mut checkpoints, &mut chars, continuation_mask);
        let tail = blocks.remainder();
        if !tail.is_empty() {
            let continuation = continuation_mask_scalar(tail);
            checkpoints.push((chars, continuation));
            chars += tail.len() - continuation.count_ones() as usize;
        }
        checkpoints.push((chars, 0));
        OffsetIndex {
            checkpoints,
            ascii: false,
        }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary of the text).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        debug_assert!(byte <= text.len());
        let block = byte / CHECKPOINT_STRIDE;
        let below = byte % CHECKPOINT_STRIDE;
        let (chars, continuation) = self.checkpoints[block];
        let mask = (1u64 << below) - 1;
        chars + below - (continuation & mask).count_ones() as usize
    }
}

/// Where the document date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// Given with the input (`--doc-date` or the JSONL `date` field).
    Input,
    /// Found in the document's own header or byline.
    Text,
    /// No date known.
    None,
}

/// The date a document was written, against which relative dates are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocDate {
    pub value: Option<NaiveDate>,
    pub from: DateSource,
    /// Where in the text the date was found (only for [`DateSource::Text`]).
    pub span: Option<Span>,
}

impl DocDate {
    /// No document date.
    pub const NONE: DocDate = DocDate {
        value: None,
        from: DateSource::None,
        span: None,
    };
}

/// A document-level problem. The document still gets its output line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocError {
    /// A stable, matchable kind: `invalid_utf8`, `binary`, `unreadable`, `too_large`,
    /// `malformed_jsonl`, `bad_date`, `internal_error` (an extractor panicked: a bug).
    pub kind: &'static str,
    pub message: String,
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// Provenance of a document's bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// The path as given on the command line (None for stdin and JSONL records).
    pub path: Option<String>,
    /// Hex SHA-256 of the input bytes.
    pub sha256: String,
    /// Number of input bytes.
    pub bytes: usize,
    /// For JSONL records: the 1-based line number in `path` (or stdin).
    pub line: Option<usize>,
}

/// One input document: its text, provenance, date and offset index.
///
/// ```
/// use sitrep::Document;
/// let doc = Document::from_text("note", "Talks resumed in Doha.");
/// assert_eq!(doc.id, "note");
/// assert_eq!(doc.slice(doc.span(17..21)), "Doha");
/// ```
#[derive(Clone, Debug)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub source: Source,
    pub date: DocDate,
    /// Fields of a JSONL input record other than `id`, `text` and `date`, passed through.
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    pub errors: Vec<DocError>,
    index: OffsetIndex,
}

impl Document {
    /// A document from text already in memory; computes the hash and the offset index.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let source = Source {
            path: None,
            sha256: sha256_hex(text.as_bytes()),
            bytes: text.len(),
            line: None,
        };
        Self::with_source(id.into(), text, source)
    }

    /// A document with explicit provenance.
    pub fn with_source(id: String, text: String, source: Source) -> Self {
        let index = OffsetIndex::new(&text);
        Document {
            id,
            text,
            source,
            date: DocDate::NONE,
            meta: None,
            errors: Vec::new(),
            index,
        }
    }

    /// A document that could not be read: no text, one error. It still gets its output line.
    pub fn failed(id: String, source: Source, error: DocError) -> Self {
        let mut doc = Self::with_source(id, String::new(), source);
        doc.errors.push(error);
        doc
    }

    /// The span of a byte range of [`Document::text`].
    ///
    /// # Panics
    /// If the range is out of bounds or not on char boundaries: that is a bug in an extractor,
    /// never a property of the input.
    pub fn span(&self, bytes: Range<usize>) -> Span {
        assert!(
            bytes.start <= bytes.end
                && self.text.is_char_boundary(bytes.start)
                && self.text.is_char_boundary(bytes.end),
            "span {bytes:?} is not on char boundaries of document {}",
            self.id
        );
        let start = self.index.char_offset(&self.text, bytes.start);
        let end = self.index.char_offset(&self.text, bytes.end);
        Span {
            byte_start: bytes.start,
            byte_end: bytes.end,
            start,
            end,
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.bytes()]
    }
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    // The digits into an array, then one copy: a `String::push` per digit checked the capacity
    // and encoded a char each time, ~700 instructions a document.
    let mut hex = [0u8; 64];
    for (pair, b) in hex.chunks_exact_mut(2).zip(digest) {
        pair[0] = HEX[usize::from(b >> 4)];
        pair[1] = HEX[usize::from(b & 15)];
    }
    // Hex digits are ASCII: this never falls back.
    String::from_utf8(hex.to_vec()).unwrap_or_default()
}

/// The four kinds of annotation sitrep produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationType {
    Entity,
    Date,
    Casualty,
    Quote,
}

impl AnnotationType {
    /// All types, in output order of the summary.
    pub const ALL: [AnnotationType; 4] = [
        AnnotationType::Entity,
        AnnotationType::Date,
        AnnotationType::Casualty,
        AnnotationType::Quote,
    ];

    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            AnnotationType::Entity => "entity",
            AnnotationType::Date => "date",
            AnnotationType::Casualty => "casualty",
            AnnotationType::Quote => "quote",
        }
    }

    /// Parses the JSON/command-line name.
    ///
    /// ```
    /// use sitrep::AnnotationType;
    /// assert_eq!(AnnotationType::parse("date"), Some(AnnotationType::Date));
    /// assert_eq!(AnnotationType::parse("dates"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

impl fmt::Display for AnnotationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

include!("mention_form.rs");

impl MentionForm {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Alias => "alias",
            MentionForm::Acronym => "acronym",
            MentionForm::Demonym => "demonym",
            MentionForm::Surname => "surname",
        }
    }
}

/// The gazetteer entry a mention links to.
///
/// The strings are [`Name`]s: borrowed from the binary for the bundled gazetteers, shared
/// (`Arc<str>`) with the loaded entry otherwise, so a mention costs no string copies (build
/// them from `&str` or `String` with `.into()`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityLink {
    /// Stable id (Wikidata QID where one exists).
    pub id: Name,
    /// Canonical name.
    pub name: Name,
    /// Which gazetteer file the entry came from (file stem).
    pub gazetteer: Name,
    pub form: MentionForm,
    /// Officials: the country they serve (id).
    pub country: Option<Name>,
    /// Officials: their role.
    pub role: Option<Name>,
}

/// How a date value was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Fully given in the text.
    Absolute,
    /// Resolved against the document date.
    Document,
    /// Relative, but no document date was known.
    Unresolved,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Absolute => "absolute",
            Anchor::Document => "document",
            Anchor::Unresolved => "unresolved",
        }
    }
}

/// How many people a casualty statement counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub min: u64,
    /// None for open-ended counts ("at least 21").
    pub max: Option<u64>,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    /// Filled by the resolve stage when the speaker is (or refers to) a known entity.
    pub entity: Option<EntityLink>,
}

/// What an annotation says beyond its span, by type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    Entity(EntityLink),
    Date {
        value: String,
        anchor: Anchor,
    },
    Casualty {
        count: Count,
        approximate: bool,
        negated: bool,
        victims: Option<Span>,
    },
    Quote {
        content: Span,
        /// Boxed: most annotations are entity mentions, and an inline speaker (with its
        /// optional link) made every `Annotation` ~100 bytes larger to move.
        speaker: Option<Box<Speaker>>,
        cue: Option<Span>,
    },
}

impl Detail {
    pub fn annotation_type(&self) -> AnnotationType {
        match self {
            Detail::Entity(_) => AnnotationType::Entity,
            Detail::Date { .. } => AnnotationType::Date,
            Detail::Casualty { .. } => AnnotationType::Casualty,
            Detail::Quote { .. } => AnnotationType::Quote,
        }
    }
}

/// An annotation's label or rule: a `&'static str` or a shared `Arc<str>`, so that copying it
/// to every mention (an entity's label and rule) copies no text and allocates nothing. Reads
/// as a `str` (`Deref`, comparisons with `&str` and `String`); build it with `.into()` from
/// `&str` or `String` (a shared copy) or with [`Name::from_static`] (no allocation).
///
/// ```
/// use sitrep::model::Name;
/// let rule: Name = format!("countries/{}", "Q843").into();
/// assert_eq!(rule, "countries/Q843");
/// assert!(Name::from_static("COUNTRY").starts_with("COUN"));
/// ```
#[derive(Clone)]
pub struct Name(NameRepr);

#[derive(Clone)]
enum NameRepr {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Name {
    /// A name that borrows a static string.
    pub const fn from_static(s: &'static str) -> Name {
        Name(NameRepr::Static(s))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            NameRepr::Static(s) => s,
            NameRepr::Shared(s) => s,
        }
    }

    /// The static string, for a name made with [`Name::from_static`]: its address identifies
    /// its text for the whole process (the JSON writer keys what it wrote once by it).
    pub fn as_static(&self) -> Option<&'static str> {
        match &self.0 {
            NameRepr::Static(s) => Some(s),
            NameRepr::Shared(_) => None,
        }
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name(NameRepr::Shared(s.into()))
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name(NameRepr::Shared(s.into()))
    }
}

impl From<Arc<str>> for Name {
    fn from(s: Arc<str>) -> Name {
        Name(NameRepr::Shared(s))
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.as_str().to_string()
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

/// One finding in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub span: Span,
    /// `COUNTRY`, `DATE`, `KILLED`, `QUOTE`, …
    pub label: Name,
    /// The gazetteer entry or pattern id that produced it.
    pub rule: Name,
    pub detail: Detail,
}

impl Annotation {
    pub fn annotation_type(&self) -> AnnotationType {
        self.detail.annotation_type()
    }

    /// Moves this annotation and all its nested spans by `origin`'s start: used to stitch
    /// annotations of a chunk back into the whole document.
    pub fn shift(&mut self, origin: Span) {
        let by = |s: &mut Span| {
            s.byte_start += origin.byte_start;
            s.byte_end += origin.byte_start;
            s.start += origin.start;
            s.end += origin.start;
        };
        by(&mut self.span);
        match &mut self.detail {
            Detail::Entity(_) | Detail::Date { .. } => {}
            Detail::Casualty { victims, .. } => {
                if let Some(v) = victims {
                    by(v);
                }
            }
            Detail::Quote {
                content,
                speaker,
                cue,
            } => {
                by(content);
                if let Some(s) = speaker {
                    by(&mut s.span);
                }
                if let Some(c) = cue {
                    by(c);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    /// The hex digest, against FIPS 180-2's test vectors.
    #[test]
    fn sha256_is_written_in_lower_case_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    /// The entity pass moves ~15,000 annotations per MB of text: keep the record small (the
    /// entity link is the largest variant; a quotation's speaker is boxed).
    #[test]
    fn annotation_stays_small() {
        assert!(std::mem::size_of::<Detail>() <= std::mem::size_of::<EntityLink>());
        assert!(std::mem::size_of::<Annotation>() <= 208);
    }

    #[test]
    fn offset_index_agrees_with_naive_count_across_checkpoints() {
        let text = "ab’c ".repeat(40) + "دری 👩‍👩‍👧 e\u{301}nd";
        // Every length, so that texts ending at, just before and just after a checkpoint
        // are covered.
        for len in (0..=text.len()).filter(|&n| text.is_char_boundary(n)) {
            let text = &text[..len];
            let index = OffsetIndex::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.char_offset(text, byte), text[..byte].chars().count());
            }
        }
    }

    /// The block masks (SSE2 and AVX2) against the byte rule: every byte value at every
    /// position of a block, among ASCII and among continuation bytes.
    #[test]
    fn continuation_mask_agrees_with_the_byte_rule() {
        for fill in [b'a', 0x80, 0xbf, 0xc0, 0xff] {
            for at in 0..CHECKPOINT_STRIDE {
                for b in 0..=255u8 {
                    let mut block = [fill; CHECKPOINT_STRIDE];
                    block[at] = b;
                    assert_eq!(
                        continuation_mask(&block),
                        continuation_mask_scalar(&block),
                        "byte {b:#x} at {at} among {fill:#x}"
                    );
                    #[cfg(target_arch = "x86_64")]
                    if std::arch::is_x86_feature_detected!("avx2") {
                        // SAFETY: the CPU has AVX2 (just checked).
                        let avx2 = unsafe { continuation_mask_avx2(&block) };
                        assert_eq!(
                            avx2,
                            continuation_mask_scalar(&block),
                            "AVX2, {b:#x} at {at}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn span_of_multibyte_text_keeps_both_units() {
        let doc = Document::from_text("x", "«Да» said");
        let span = doc.span(0..8);
        assert_eq!(doc.slice(span), "«Да»");
        assert_eq!((span.start, span.end), (0, 4));
        assert_eq!((span.byte_start, span.byte_end), (0, 8));
    }
}
