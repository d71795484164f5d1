//! The named parts of one row's match: the row's anchored pattern run by a bounded backtracker
//! (a PikeVM past its length limit) with per-thread caches and a reused slot buffer, and groups
//! read by index from a small name table.
//!
//! This is what `regex::Regex::captures` did for the rows, minus its costs per match: a lazy-DFA
//! pass to find the match (the combined automaton already found it: the row's pattern matches
//! the whole slice), a fresh `Captures` allocation, and a hashed lookup per group name. The
//! engines are the ones `regex` itself would pick (same NFA, leftmost-first), so the groups are
//! the same; `dates::tests::row_captures_equal_regex_captures` checks it on the seeds.

use regex_automata::nfa::thompson::{backtrack, pikevm, NFA};
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, PatternID};

/// One row's compiled pattern for its named parts.
pub struct Parser {
    backtracker: backtrack::BoundedBacktracker,
    pikevm: pikevm::PikeVM,
    /// Group name → group index (a row has a handful: a linear scan beats hashing).
    names: Box<[(Box<str>, usize)]>,
    slot_len: usize,
}

#[cfg(test)]
use super::rownfa::compile;

/// A thread's search state for one [`Parser`].
pub struct ParseCache {
    backtracker: backtrack::Cache,
    pikevm: Option<pikevm::Cache>,
}

impl Parser {
    /// Compiles `pattern` as `regex::RegexBuilder` does with `case_insensitive(true)` and the
    /// size limit used for the rows (as `build.rs` does for the embedded rows).
    #[cfg(test)]
    pub fn new(pattern: &str) -> Result<Parser, String> {
        Parser::from_nfa(compile(pattern)?)
    }

    /// The parser of a compiled pattern.
    pub fn from_nfa(nfa: NFA) -> Result<Parser, String> {
        let backtracker = backtrack::BoundedBacktracker::builder()
            .build_from_nfa(nfa.clone())
            .map_err(|e| e.to_string())?;
        let pikevm = pikevm::PikeVM::builder()
            .build_from_nfa(nfa.clone())
            .map_err(|e| e.to_string())?;
        let info = nfa.group_info();
        let names = info
            .pattern_names(PatternID::ZERO)
            .enumerate()
            .filter_map(|(i, name)| name.map(|n| (Box::from(n), i)))
            .collect();
        Ok(Parser {
            backtracker,
            pikevm,
            names,
            slot_len: info.slot_len(),
        })
    }

    pub fn create_cache(&self) -> ParseCache {
        ParseCache {
            backtracker: self.backtracker.create_cache(),
            pikevm: None,
        }
    }

    /// The groups of the leftmost-first match in `hay`, if any, written into `slots`.
    #[cfg(test)]
    pub fn captures<'t>(
        &'t self,
        hay: &'t str,
        cache: &mut ParseCache,
        slots: &'t mut Vec<Option<NonMaxUsize>>,
    ) -> Option<Captures<'t>> {
        self.search(hay, cache, slots)
            .then(|| self.view(hay, slots))
    }

    /// Runs the search of [`Parser::captures`]: whether `hay` matches, its groups in `slots`.
    pub fn search(
        &self,
        hay: &str,
        cache: &mut ParseCache,
        slots: &mut Vec<Option<NonMaxUsize>>,
    ) -> bool {
        slots.clear();
        slots.resize(self.slot_len, None);
        let input = Input::new(hay).anchored(Anchored::Yes);
        let found = if hay.len() <= self.backtracker.max_haystack_len() {
            match self
                .backtracker
                .try_search_slots(&mut cache.backtracker, &input, slots)
            {
                Ok(found) => found,
                Err(_) => return false,
            }
        } else {
            let pikevm = &self.pikevm;
            let cache = cache.pikevm.get_or_insert_with(|| pikevm.create_cache());
            pikevm.search_slots(cache, &input, slots)
        };
        found.is_some()
    }

    /// The groups of a match of `hay` whose slots [`Parser::search`] wrote.
    pub fn view<'t>(&'t self, hay: &'t str, slots: &'t [Option<NonMaxUsize>]) -> Captures<'t> {
        Captures {
            hay,
            slots,
            names: &self.names,
        }
    }
}

/// The last searches of a thread, direct-mapped by a hash of (row, matched text): the groups
/// of a row's match depend only on the row and the matched text, and news repeats its date
/// phrases ("on Monday", "last year", "2024"), so most matches need no backtracking. A slot
/// holds one entry and a colliding search replaces it: constant time whatever the text.
pub struct Memo {
    entries: Vec<Option<MemoEntry>>,
}

struct MemoEntry {
    row: usize,
    hay: String,
    found: bool,
    slots: Vec<Option<NonMaxUsize>>,
}

/// Entries in a [`Memo`] (a power of two). With 512, BBC's date phrases (15,724 row searches)
/// pushed each other out and the searches cost 30.4 M instructions; 4,096 (~256 KB a thread
/// plus the phrases) 20.1 M; 16,384 only 18.3 M.
const MEMO_SLOTS: usize = 4096;

impl Default for Memo {
    fn default() -> Self {
        Memo {
            entries: (0..MEMO_SLOTS).map(|_| None).collect(),
        }
    }
}

impl Memo {
    fn slot(row: usize, hay: &str) -> usize {
        use std::hash::Hasher;
        let mut h = crate::fxhash::Fx::default();
        h.write_usize(row);
        h.write(hay.as_bytes());
        // The high bits of an Fx hash mix best.
        (h.finish() >> 32) as usize & (MEMO_SLOTS - 1)
    }

    /// [`Parser::search`] of row `row`'s parser, answered from the memo when the same row
    /// matched the same text last in its slot.
    pub fn search(
        &mut self,
        row: usize,
        parser: &Parser,
        hay: &str,
        cache: &mut ParseCache,
        slots: &mut Vec<Option<NonMaxUsize>>,
    ) -> bool {
        let i = Memo::slot(row, hay);
        if let Some(e) = &self.entries[i] {
            if e.row == row && e.hay == hay {
                slots.clear();
                slots.extend_from_slice(&e.slots);
                return e.found;
            }
        }
        let found = parser.search(hay, cache, slots);
        let e = self.entries[i].get_or_insert_with(|| MemoEntry {
            row,
            hay: String::new(),
            found,
            slots: Vec::new(),
        });
        e.row = row;
        e.hay.clear();
        e.hay.push_str(hay);
        e.found = found;
        e.slots.clear();
        e.slots.extend_from_slice(slots);
        found
    }
}

/// The groups of one match (the `regex::Captures` calls the date rules make).
pub struct Captures<'t> {
    hay: &'t str,
    slots: &'t [Option<NonMaxUsize>],
    names: &'t [(Box<str>, usize)],
}

/// One group's match.
#[derive(Clone, Copy)]
pub struct Match<'t> {
    hay: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'t str {
        &self.hay[self.start..self.end]
    }
}

impl<'t> Captures<'t> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'t>> {
        let start = self.slots.get(2 * i).copied().flatten()?.get();
        let end = self.slots.get(2 * i + 1).copied().flatten()?.get();
        Some(Match {
            hay: self.hay,
            start,
            end,
        })
    }

    /// The group called `name`, if the pattern has one and it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'t>> {
        let &(_, i) = self.names.iter().find(|(n, _)| &**n == name)?;
        self.get(i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::patterns::{expand, PATTERNS};
    use super::super::DateExtractor;
    use super::*;

    /// Every group of every row's match on the seeds (and on date-shaped edge cases) is the
    /// one `regex::Regex::captures` reports, through the backtracker and through the PikeVM.
    /// Appends the texts of the hard date fixtures, a blank line after each.
    fn push_hard_fixture_texts(text: &mut String) {
        let hard =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hard/date.jsonl");
        for line in std::fs::read_to_string(hard)
            .expect("date fixtures")
            .lines()
        {
            let v: serde_json::Value = serde_json::from_str(line).expect("fixture line");
            text.push_str(v["text"].as_str().expect("fixture text"));
            text.push_str("\n\n");
        }
    }

    #[test]
    fn row_captures_equal_regex_captures() {
        let mut text = String::from(
            "On 21 Nov. 2024 at 4:30 p.m. and 25th–26th April, 'the 90s', Mon., \u{a0}1999/12/31, \
             the past three-and-a-half years, twice a week, 2 weeks ago, late 2023 ",
        );
        text.push_str(&crate::dates::seeds_joined(""));
        push_hard_fixture_texts(&mut text);
        let x = DateExtractor::new();
        let regexes: Vec<regex::Regex> = PATTERNS
            .iter()
            .map(|(_, _, p)| super::super::build(&format!("^(?:{})$", expand(p))))
            .collect();
        let mut dead = super::super::DeadEnds::default();
        let (mut pos, mut n) = (0, 0);
        while let Some((start, end, row)) = x.next_match(&text, pos, &mut dead) {
            let hay = &text[start..end];
            let want = regexes[row].captures(hay);
            let parser = x.rows[row].parser();
            let mut slots = Vec::new();
            for pike in [false, true] {
                let mut c = parser.create_cache();
                let got = if pike {
                    let input = Input::new(hay).anchored(Anchored::Yes);
                    slots.clear();
                    slots.resize(parser.slot_len, None);
                    parser
                        .pikevm
                        .search_slots(
                            c.pikevm.get_or_insert_with(|| parser.pikevm.create_cache()),
                            &input,
                            &mut slots,
                        )
                        .map(|_| Captures {
                            hay,
                            slots: &slots,
                            names: &parser.names,
                        })
                } else {
                    parser.captures(hay, &mut c, &mut slots)
                };
                assert_eq!(want.is_some(), got.is_some(), "{hay:?}");
                let (Some(want), Some(got)) = (&want, got) else {
                    continue;
                };
                let span =
                    |m: Option<Match<'_>>| m.map(|m| (m.start(), m.end(), m.as_str().to_string()));
                assert_eq!(
                    want.get(0)
                        .map(|m| (m.start(), m.end(), m.as_str().to_string())),
                    span(got.get(0)),
                    "{hay:?}"
                );
                for name in regexes[row].capture_names().flatten() {
                    assert_eq!(
                        want.name(name)
                            .map(|m| (m.start(), m.end(), m.as_str().to_string())),
                        span(got.name(name)),
                        "{name} in {hay:?}"
                    );
                }
                n += 1;
            }
            pos = end.max(start + text[start..].chars().next().map_or(1, char::len_utf8));
        }
        assert!(n > 400, "only {n} matches compared");
        // A name the row does not have.
        let p = Parser::new("^(?:(?P<d>[0-9]+) days)$").expect("compiles");
        let mut slots = Vec::new();
        let caps = p
            .captures("12 days", &mut p.create_cache(), &mut slots)
            .expect("match");
        assert_eq!(caps.name("d").map(|m| m.as_str()), Some("12"));
        assert!(caps.name("x").is_none());
        assert!(caps.get(2).is_none());
    }

    /// The memo answers exactly what the parser does: every match of the seeds and the date
    /// fixtures, searched three times over (hits, and misses after colliding entries), and
    /// near-misses of the same row (the text differs by a byte, or another row, same text).
    #[test]
    fn memo_answers_what_the_parser_does() {
        let mut text = crate::dates::seeds_joined("");
        push_hard_fixture_texts(&mut text);
        let x = DateExtractor::new();
        let mut dead = super::super::DeadEnds::default();
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some((start, end, row)) = x.next_match(&text, pos, &mut dead) {
            found.push((start, end, row));
            pos = end.max(start + text[start..].chars().next().map_or(1, char::len_utf8));
        }
        assert!(found.len() > 200, "only {} matches", found.len());
        let mut memo = Memo::default();
        let mut caches: Vec<ParseCache> =
            x.rows.iter().map(|r| r.parser().create_cache()).collect();
        let (mut want, mut got) = (Vec::new(), Vec::new());
        for round in 0..3 {
            for &(start, end, row) in &found {
                let hay = &text[start..end];
                // Another row on the same text, and the text one byte shorter.
                let other = (row + round) % x.rows.len();
                let shorter = &hay[..hay.char_indices().last().map_or(0, |(i, _)| i)];
                for (r, h) in [(row, hay), (other, hay), (row, shorter)] {
                    let parser = x.rows[r].parser();
                    let a = parser.search(h, &mut caches[r], &mut want);
                    let b = memo.search(r, parser, h, &mut caches[r], &mut got);
                    assert_eq!(a, b, "{h:?} row {r}");
                    if a {
                        assert_eq!(want, got, "{h:?} row {r}");
                    }
                }
            }
        }
    }

    /// Everything of an NFA a search reads: its states, starts, groups and byte classes.
    fn shape(nfa: &NFA) -> String {
        let names: Vec<Option<&str>> = nfa.group_info().pattern_names(PatternID::ZERO).collect();
        format!(
            "{nfa:?} {:?} {:?} {:?} {names:?} {} {} {} {:?}",
            nfa.start_anchored(),
            nfa.start_unanchored(),
            nfa.byte_classes(),
            nfa.is_utf8(),
            nfa.is_reverse(),
            nfa.group_info().slot_len(),
            nfa.look_set_any()
        )
    }

    /// Every row's NFA that `build.rs` embedded is the one compiled from the row's pattern
    /// here (the same states, starts, named groups), and writing then reading it gives it back.
    #[test]
    fn embedded_row_nfas_equal_compiled_patterns() {
        use super::super::{embedded, rownfa};
        for (i, (id, _, pattern)) in PATTERNS.iter().enumerate() {
            let want = compile(&format!("^(?:{})$", expand(pattern))).expect("compiles");
            let words = rownfa::row(embedded::ROW_NFAS, i).expect("embedded row");
            let got = rownfa::decode(words).expect("decodes");
            assert_eq!(want.states(), got.states(), "{id}");
            assert_eq!(shape(&want), shape(&got), "{id}");
            let again = rownfa::decode(&rownfa::encode(&want).expect("encodes")).expect("decodes");
            assert_eq!(shape(&want), shape(&again), "{id}");
            assert!(want.group_info().pattern_names(PatternID::ZERO).count() > 0);
        }
        assert!(rownfa::row(embedded::ROW_NFAS, PATTERNS.len()).is_err());
        assert!(rownfa::decode(&[0, 0, 0, 1, 1, 99]).is_err());
        assert!(rownfa::decode(&[0, 0, 0, 1, 2, 6]).is_err());
    }

    /// A haystack past the backtracker's limit goes to the PikeVM with the same groups.
    #[test]
    fn long_haystacks_use_the_pikevm() {
        let p = Parser::new(r"^(?:(?P<a>a+)(?P<b>b*))$").expect("compiles");
        let hay = format!("{}bb", "a".repeat(p.backtracker.max_haystack_len() + 10));
        let mut cache = p.create_cache();
        let mut slots = Vec::new();
        let caps = p.captures(&hay, &mut cache, &mut slots).expect("match");
        assert_eq!(
            caps.name("b").map(|m| (m.start(), m.end())),
            Some((hay.len() - 2, hay.len()))
        );
        assert!(cache.pikevm.is_some());
    }
}
