//! The date rows' own NFAs (the patterns [`super::captures::Parser`] runs for the named parts),
//! compiled by `build.rs` and embedded as a flat list of `u32` words, read back at run time by
//! replaying the states into a Thompson [`Builder`].
//!
//! Compiling a row's pattern at run time (parsing it, Unicode case folding, the Thompson
//! compile) was ~1.5 M instructions per row and ~35 M per process on a typical run; replaying
//! the finished states costs a few thousand. `build.rs` includes this file too (`#[path]`), so
//! the writer and the reader are one piece of code; `dates::captures` tests check that every
//! embedded NFA equals the one compiled from its pattern.
//!
//! A row's words: `start_anchored, start_unanchored, start_pattern, flags` (1: UTF-8, 2:
//! reverse), the state count, then each state as a tag and its fields (the tags below). The
//! blob: the row count, each row's end offset in words (from the end of this header), then the
//! rows.

use std::sync::Arc;

use regex_automata::nfa::thompson::{Builder, State, Transition, NFA};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;
use regex_automata::PatternID;

/// A row's NFA compiled from its pattern, as `regex::RegexBuilder` would with
/// `case_insensitive(true)` and the rows' size limit: what `build.rs` embeds, and the
/// reference the tests compare the embedded rows with (one place for the settings).
#[cfg_attr(not(test), allow(dead_code))]
pub fn compile(pattern: &str) -> Result<NFA, String> {
    use regex_automata::nfa::thompson;
    use regex_automata::util::syntax;
    NFA::compiler()
        .syntax(syntax::Config::new().case_insensitive(true))
        .configure(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
        .build(pattern)
        .map_err(|e| e.to_string())
}

const BYTE_RANGE: u32 = 0;
const SPARSE: u32 = 1;
const LOOK: u32 = 2;
const CAPTURE_START: u32 = 3;
const CAPTURE_END: u32 = 4;
const UNION: u32 = 5;
const FAIL: u32 = 6;
const MATCH: u32 = 7;
/// The name length of an unnamed group.
const NO_NAME: u32 = u32::MAX;

fn id(sid: StateID) -> u32 {
    sid.as_u32()
}

fn push_transition(out: &mut Vec<u32>, t: &Transition) {
    out.extend([u32::from(t.start), u32::from(t.end), id(t.next)]);
}

/// The words of a one-pattern `nfa` (states as the Thompson compiler leaves them: no `Dense`).
pub fn encode(nfa: &NFA) -> Result<Vec<u32>, String> {
    let pid = PatternID::ZERO;
    let start = nfa.start_pattern(pid).ok_or("no pattern")?;
    let mut out = vec![
        id(nfa.start_anchored()),
        id(nfa.start_unanchored()),
        id(start),
        u32::from(nfa.is_utf8()) | u32::from(nfa.is_reverse()) << 1,
        u32::try_from(nfa.states().len()).map_err(|e| e.to_string())?,
    ];
    let info = nfa.group_info();
    for state in nfa.states() {
        match state {
            State::ByteRange { trans } => {
                out.push(BYTE_RANGE);
                push_transition(&mut out, trans);
            }
            State::Sparse(sparse) => {
                out.extend([SPARSE, sparse.transitions.len() as u32]);
                for t in sparse.transitions.iter() {
                    push_transition(&mut out, t);
                }
            }
            State::Look { look, next } => out.extend([LOOK, look.as_repr(), id(*next)]),
            State::Capture {
                next,
                group_index,
                slot,
                ..
            } => {
                // Slots come in pairs per group: even opens it, odd closes it.
                if slot.as_usize() % 2 == 0 {
                    out.extend([CAPTURE_START, id(*next), group_index.as_u32()]);
                    match info.to_name(pid, group_index.as_usize()) {
                        Some(name) => {
                            out.push(name.len() as u32);
                            out.extend(name.bytes().map(u32::from));
                        }
                        None => out.push(NO_NAME),
                    }
                } else {
                    out.extend([CAPTURE_END, id(*next), group_index.as_u32()]);
                }
            }
            State::BinaryUnion { alt1, alt2 } => out.extend([UNION, 2, id(*alt1), id(*alt2)]),
            State::Union { alternates } => {
                out.extend([UNION, alternates.len() as u32]);
                out.extend(alternates.iter().map(|&s| id(s)));
            }
            State::Fail => out.push(FAIL),
            State::Match { .. } => out.push(MATCH),
            State::Dense(_) => return Err("dense NFA states are not encoded".into()),
        }
    }
    Ok(out)
}

/// Reads the words of one row.
struct Words<'a>(std::slice::Iter<'a, u32>);

impl Words<'_> {
    fn next(&mut self) -> Result<u32, String> {
        self.0.next().copied().ok_or_else(|| "truncated row".into())
    }
    fn state(&mut self) -> Result<StateID, String> {
        StateID::new(self.next()? as usize).map_err(|e| e.to_string())
    }
    fn byte(&mut self) -> Result<u8, String> {
        u8::try_from(self.next()?).map_err(|e| e.to_string())
    }
    fn transition(&mut self) -> Result<Transition, String> {
        Ok(Transition {
            start: self.byte()?,
            end: self.byte()?,
            next: self.state()?,
        })
    }
}

/// The NFA whose words [`encode`] wrote. Each state is added in order, so the builder gives it
/// its old id, and none is an empty state the builder would fold away: the NFA comes back
/// exactly (same states, starts, groups, byte classes).
pub fn decode(words: &[u32]) -> Result<NFA, String> {
    let mut w = Words(words.iter());
    let (anchored, unanchored, start) = (w.state()?, w.state()?, w.state()?);
    let flags = w.next()?;
    let len = w.next()?;
    let mut b = Builder::new();
    b.set_utf8(flags & 1 != 0);
    b.set_reverse(flags & 2 != 0);
    let e = |e: regex_automata::nfa::thompson::BuildError| e.to_string();
    b.start_pattern().map_err(e)?;
    for _ in 0..len {
        match w.next()? {
            BYTE_RANGE => b.add_range(w.transition()?).map_err(e)?,
            SPARSE => {
                let n = w.next()?;
                let ts = (0..n)
                    .map(|_| w.transition())
                    .collect::<Result<Vec<_>, _>>()?;
                b.add_sparse(ts).map_err(e)?
            }
            LOOK => {
                let look = Look::from_repr(w.next()?).ok_or("bad look")?;
                b.add_look(w.state()?, look).map_err(e)?
            }
            CAPTURE_START => {
                let (next, group) = (w.state()?, w.next()?);
                let name = match w.next()? {
                    NO_NAME => None,
                    n => {
                        let bytes = (0..n).map(|_| w.byte()).collect::<Result<Vec<_>, _>>()?;
                        let name = String::from_utf8(bytes).map_err(|e| e.to_string())?;
                        Some(Arc::from(name))
                    }
                };
                b.add_capture_start(next, group, name).map_err(e)?
            }
            CAPTURE_END => {
                let next = w.state()?;
                b.add_capture_end(next, w.next()?).map_err(e)?
            }
            UNION => {
                let n = w.next()?;
                let alts = (0..n).map(|_| w.state()).collect::<Result<Vec<_>, _>>()?;
                b.add_union(alts).map_err(e)?
            }
            FAIL => b.add_fail().map_err(e)?,
            MATCH => b.add_match().map_err(e)?,
            tag => return Err(format!("bad state tag {tag}")),
        };
    }
    b.finish_pattern(start).map_err(e)?;
    b.build(anchored, unanchored).map_err(e)
}

/// The blob of all rows: the row count, the rows' end offsets, then the rows' words.
pub fn encode_all(rows: &[Vec<u32>]) -> Vec<u32> {
    let mut out = vec![rows.len() as u32];
    let mut end = 0;
    for row in rows {
        end += row.len() as u32;
        out.push(end);
    }
    for row in rows {
        out.extend_from_slice(row);
    }
    out
}

/// Row `i`'s words in a blob [`encode_all`] wrote.
pub fn row(blob: &[u32], i: usize) -> Result<&[u32], String> {
    let count = *blob.first().ok_or("empty blob")? as usize;
    let ends = blob.get(1..=count).ok_or("truncated blob")?;
    let end = *ends.get(i).ok_or("no such row")? as usize;
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    blob.get(1 + count + start..1 + count + end)
        .ok_or_else(|| "truncated blob".into())
}
