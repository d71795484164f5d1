//! Paragraphs, sentences and word tokens, as byte ranges of the document text.
//!
//! Sentence splitting is rule based and tuned for news: a period ends a sentence unless it ends a
//! title ("Mr.", "Gen."), a month ("Nov."), an initial ("J.") or an abbreviation such as "U.S."
//! that is followed by something other than a typical sentence opener. Blank lines end
//! paragraphs. Within a paragraph a single line break also ends a sentence (headlines, one
//! paragraph per line), unless the paragraph looks hard-wrapped (most lines end mid-sentence, as
//! in wire copy wrapped at 70 columns); then line breaks are treated as spaces.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Words that are abbreviations when followed by a period and never end a sentence there (none
/// longer than six bytes).
const TITLES_AND_MONTHS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
    "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Insp", "Supt", "St",
    "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "vs", "etc", "approx", "Inc", "Corp", "Co", "Ltd", "Dept", "Univ", "Gov't", "al",
    "cf", "Vol", "pp", "Art", "Sec", "Fig",
];

/// Capitalized words that typically open a sentence: after an abbreviation like "U.S." they
/// signal that the abbreviation also ended the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "Officials",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Since",
    "So",
    "Yet",
    "Both",
    "Neither",
    "No",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '*'];
const TERMINATORS: &[char] = &['.', '!', '?', '…'];

/// Paragraph and sentence boundaries of one text.
///
/// ```
/// use sitrep::segment::Segmentation;
/// let text = "Gen. Asim Munir met U.S. officials. They spoke.\n\nNext paragraph.";
/// let seg = Segmentation::new(text);
/// let sentences: Vec<&str> = seg.sentences.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(sentences, ["Gen. Asim Munir met U.S. officials.", "They spoke.", "Next paragraph."]);
/// assert_eq!(seg.paragraphs.len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    /// Paragraphs (blank-line separated), trimmed of surrounding whitespace.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences in text order, trimmed, never crossing a paragraph boundary.
    pub sentences: Vec<Range<usize>>,
}

impl Segmentation {
    /// Segments `text`.
    pub fn new(text: &str) -> Self {
        let paragraphs = paragraphs(text);
        // Room for a sentence per ~100 bytes of news text: the vector is not regrown per
        // document.
        let mut sentences = Vec::with_capacity(text.len() / 100 + 4);
        for paragraph in &paragraphs {
            split_paragraph(text, paragraph.clone(), &mut sentences);
        }
        Segmentation {
            paragraphs,
            sentences,
        }
    }

    /// Index of the sentence containing byte `pos`, or of the last sentence before it.
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        index_at(&self.sentences, pos)
    }

    /// Index of the paragraph containing byte `pos`, or of the last paragraph before it.
    pub fn paragraph_index(&self, pos: usize) -> Option<usize> {
        index_at(&self.paragraphs, pos)
    }
}

fn index_at(ranges: &[Range<usize>], pos: usize) -> Option<usize> {
    let after = ranges.partition_point(|r| r.start <= pos);
    after.checked_sub(1)
}

/// Word tokens (and punctuation marks) of `text[range]`, as byte ranges of `text`.
///
/// ```
/// use sitrep::segment::tokens;
/// let text = "Kabul’s 2,400 troops.";
/// let words: Vec<&str> = tokens(text, 0..text.len()).map(|r| &text[r]).collect();
/// assert_eq!(words, ["Kabul’s", "2,400", "troops", "."]);
/// ```
pub fn tokens(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let base = range.start;
    text[range]
        .split_word_bound_indices()
        .filter(|(_, w)| !w.chars().all(char::is_whitespace))
        .map(move |(i, w)| base + i..base + i + w.len())
}

fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if leading == slice.len() {
        return range.start..range.start;
    }
    range.start + leading..range.end - trailing
}

/// Paragraphs of `text` (blank-line separated, trimmed): [`Segmentation::paragraphs`]
/// without the sentences.
///
/// ```
/// let text = "One. Two.\n\nThree.";
/// assert_eq!(sitrep::segment::paragraphs(text), [0..9, 11..17]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    // Room for a paragraph per ~250 bytes of news text.
    let mut out = Vec::with_capacity(text.len() / 250 + 4);
    let mut start = 0;
    let mut line_start = 0;
    let push = |out: &mut Vec<Range<usize>>, range: Range<usize>| {
        let trimmed = trim_range(text, range);
        if !trimmed.is_empty() {
            out.push(trimmed);
        }
    };
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = &text[line_start..i];
        if line.trim().is_empty() && line_start > start {
            push(&mut out, start..line_start);
            start = i + 1;
        } else if line.trim().is_empty() {
            start = i + 1;
        }
        line_start = i + 1;
    }
    push(&mut out, start..text.len());
    out
}

fn ends_with_terminal(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(|c: char| TERMINATORS.contains(&c) || c == ':')
}

/// A paragraph is hard-wrapped when it has several lines and most of them end mid-sentence.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let inner = &lines[..lines.len() - 1];
    let open = inner.iter().filter(|l| !ends_with_terminal(l)).count();
    open * 10 >= inner.len() * 6
}

fn split_paragraph(text: &str, paragraph: Range<usize>, out: &mut Vec<Range<usize>>) {
    let body = &text[paragraph.clone()];
    if memchr::memchr(b'\n', body.as_bytes()).is_none() {
        // One line (most paragraphs): what the loop below does for it, without the list.
        let trimmed = trim_range(text, paragraph);
        if !trimmed.is_empty() {
            split_sentences(text, trimmed, out);
        }
        return;
    }
    // `body.split('\n')`, with the memchr crate's search (the standard library's is slower).
    let mut lines: Vec<&str> = Vec::new();
    let mut from = 0;
    for i in memchr::memchr_iter(b'\n', body.as_bytes()) {
        lines.push(&body[from..i]);
        from = i + 1;
    }
    lines.push(&body[from..]);
    if is_hard_wrapped(&lines) {
        split_sentences(text, paragraph, out);
        return;
    }
    let mut line_start = paragraph.start;
    for line in lines {
        let range = line_start..line_start + line.len();
        line_start = range.end + 1;
        let trimmed = trim_range(text, range);
        if !trimmed.is_empty() {
            split_sentences(text, trimmed, out);
        }
    }
}

/// The terminator starting at byte `at`, if any ('.', '!', '?' or '…').
fn terminator_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes()[at] {
        b'.' => Some('.'),
        b'!' => Some('!'),
        b'?' => Some('?'),
        0xE2 if text[at..].starts_with('…') => Some('…'),
        _ => None,
    }
}

/// Where the first '…' (E2 80 A6) of `hay` starts. Its last byte is searched: 0xA6 ends few
/// other characters of news copy, while E2 80 opens every curly quote and dash (a `memmem`
/// search stopped at each of them, and cost a searcher set-up per call).
fn next_ellipsis(hay: &[u8]) -> Option<usize> {
    let mut from = 2;
    while let Some(i) = hay.get(from..).and_then(|rest| memchr::memchr(0xA6, rest)) {
        let end = from + i;
        if hay[end - 2..end] == [0xE2, 0x80] {
            return Some(end - 2);
        }
        from = end + 1;
    }
    None
}

fn split_sentences(text: &str, unit: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = unit.start;
    let bytes = text.as_bytes();
    let mut at = unit.start;
    // Terminators are ASCII or '…': jump between them with memchr and memmem instead of
    // decoding every character. ('…' is searched whole: stopping at every 0xE2 byte stopped at
    // every curly quote and apostrophe of news copy.)
    // Both next candidates are kept until passed: an ellipsis after two periods is not
    // searched for again.
    let mut next_e2 = None;
    let mut next_ascii = None;
    while at < unit.end {
        let hay = &bytes[at..unit.end];
        if next_e2.is_none_or(|e| e < at) {
            next_e2 = Some(next_ellipsis(hay).map_or(unit.end, |i| at + i));
        }
        if next_ascii.is_none_or(|e| e < at) {
            next_ascii = Some(memchr::memchr3(b'.', b'!', b'?', hay).map_or(unit.end, |i| at + i));
        }
        at = next_ascii
            .unwrap_or(unit.end)
            .min(next_e2.unwrap_or(unit.end));
        if at >= unit.end {
            break;
        }
        let Some(c) = terminator_at(text, at) else {
            at += 1;
            continue;
        };
        // Swallow repeated terminators and closing quotes/brackets: `?!”)`.
        let mut end = at + c.len_utf8();
        while let Some(next) = text[end..unit.end].chars().next() {
            if TERMINATORS.contains(&next) || CLOSERS.contains(&next) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        let terminator_at = at;
        at = end;
        // Any Unicode space may follow the terminator: news copy often has a no-break space
        // (U+00A0) or a narrow one after a full stop.
        let spaced = end < unit.end
            && (bytes[end].is_ascii_whitespace()
                || (bytes[end] >= 0x80
                    && text[end..unit.end]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace)));
        if !spaced {
            continue;
        }
        let rest = text[end..unit.end].trim_start();
        let next_word: &str = rest
            .split(|ch: char| ch.is_whitespace())
            .next()
            .unwrap_or("");
        if !opens_sentence(next_word) {
            continue;
        }
        if c == '.' && !period_ends_sentence(&text[start..terminator_at], next_word) {
            continue;
        }
        let sentence = trim_range(text, start..end);
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = end;
    }
    let last = trim_range(text, start..unit.end);
    if !last.is_empty() {
        out.push(last);
    }
}

fn opens_sentence(word: &str) -> bool {
    match word.chars().next() {
        Some(c) => !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']'),
        None => false,
    }
}

/// Decides whether the period after `before` (the sentence so far) ends the sentence.
fn period_ends_sentence(before: &str, next_word: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    // Asked at every period: a hashed set, not a scan of the list's 60 words.
    static TITLES: std::sync::OnceLock<crate::fxhash::FxHashSet<&str>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| TITLES_AND_MONTHS.iter().copied().collect());
    if word.len() <= 6 && titles.contains(word) {
        return false;
    }
    let opener = next_word.trim_start_matches(['"', '“', '\'', '‘', '(']);
    let mut letters = word.chars();
    let single_initial =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if single_initial {
        // "wrote on X. He said": a capital letter after a lower-case word, before a word that
        // opens sentences, is a name ("X", "Plan B"), not a person's initial ("by J. Smith").
        let previous = before[..before.len() - word.len()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        return !previous.is_empty()
            && previous.chars().all(|c| c.is_lowercase())
            && !matches!(opener, "A" | "I")
            && SENTENCE_OPENERS.contains(&opener);
    }
    // Dotted abbreviations: "U.S", "a.m", "U.N".
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return SENTENCE_OPENERS.contains(&opener);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipsis_search_agrees_with_memmem() {
        // Pieces sharing the ellipsis's bytes ('¦' is C2 A6, curly quotes open with E2 80), at
        // every place of short texts.
        let pieces = [
            "…", "¦", "“", "”", "’", "—", "a", ".", "\u{2027}", "\u{20A6}",
        ];
        let mut rng = crate::testutil::Xorshift(0x1234_5678_9abc_def1);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.below(12) {
                text.push_str(pieces[rng.below(pieces.len())]);
            }
            let bytes = text.as_bytes();
            for from in (0..=bytes.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    next_ellipsis(&bytes[from..]),
                    memchr::memmem::find(&bytes[from..], "…".as_bytes()),
                    "{text:?} from {from}"
                );
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        Segmentation::new(text)
            .sentences
            .iter()
            .map(|r| &text[r.clone()])
            .collect()
    }

    #[test]
    fn titles_and_months_are_short() {
        // `period_ends_sentence` asks the set only for words of up to six bytes.
        assert!(TITLES_AND_MONTHS.iter().all(|w| w.len() <= 6));
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("Mr. Korybko met Dr. J. Smith at 10 a.m. on Nov. 5 and paid $2.4 billion. Then he left."),
            ["Mr. Korybko met Dr. J. Smith at 10 a.m. on Nov. 5 and paid $2.4 billion.", "Then he left."]
        );
    }

    #[test]
    fn a_capital_letter_named_after_a_lower_case_word_ends_the_sentence() {
        assert_eq!(
            sentences("Mujahid wrote on X. He said more. It was written by J. K. Rowling. They met J. Smith."),
            ["Mujahid wrote on X.", "He said more.", "It was written by J. K. Rowling.", "They met J. Smith."]
        );
    }

    #[test]
    fn dotted_abbreviation_ends_sentence_before_an_opener() {
        assert_eq!(
            sentences("He relied on the U.S. The talks failed."),
            ["He relied on the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn a_no_break_space_after_a_full_stop_ends_the_sentence() {
        assert_eq!(
            sentences("Talks failed.\u{a0}The army moved.\u{202f}Mr.\u{a0}Khan left."),
            ["Talks failed.", "The army moved.", "Mr.\u{a0}Khan left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We will act,” he said. “Now.” (The end.) Next"),
            ["“We will act,” he said.", "“Now.”", "(The end.)", "Next"]
        );
    }

    #[test]
    fn lowercase_after_ellipsis_continues() {
        assert_eq!(
            sentences("with the aim … to enhance it."),
            ["with the aim … to enhance it."]
        );
    }

    #[test]
    fn headline_lines_and_blank_lines_break() {
        let text = "Tensions For Kazakhstan\nThe developments continue.\r\n\r\nNew paragraph";
        assert_eq!(
            sentences(text),
            [
                "Tensions For Kazakhstan",
                "The developments continue.",
                "New paragraph"
            ]
        );
        assert_eq!(Segmentation::new(text).paragraphs.len(), 2);
    }

    #[test]
    fn hard_wrapped_paragraph_joins_lines() {
        let text = "The bank said it would\nraise rates by half a point\nnext month. Traders\nwere surprised.";
        assert_eq!(
            sentences(text),
            [
                "The bank said it would\nraise rates by half a point\nnext month.",
                "Traders\nwere surprised."
            ]
        );
    }

    #[test]
    fn empty_and_whitespace_text_have_no_segments() {
        assert!(Segmentation::new("").sentences.is_empty());
        assert!(Segmentation::new(" \n\n \t").paragraphs.is_empty());
    }
}
