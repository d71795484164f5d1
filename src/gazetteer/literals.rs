//! Leftmost-longest search for a handful of literals in one document.
//!
//! The per-document short forms of officials (`Doc::short_forms`) are a few dozen words at
//! most, different in every document. An aho-corasick automaton built for each document cost
//! more to build (~170,000 instructions: start states, failure links, a packed prefilter) than
//! the search saved; this is a table of the literals by first byte and a byte loop over the
//! text that compares the literals of a byte only where the byte occurs.

/// Non-empty literals bucketed by first byte, longest first within a bucket.
pub struct Literals<'a> {
    pats: Vec<(&'a [u8], usize)>,
    /// `pats[a..b]` start with byte `b0`: `bucket[b0] = (a, b)`.
    bucket: [(u16, u16); 256],
}

impl<'a> Literals<'a> {
    /// Indexes `pats` (ids are their positions; empty literals are never found). At most
    /// `u16::MAX` literals are kept.
    pub fn new(pats: impl IntoIterator<Item = &'a [u8]>) -> Literals<'a> {
        let mut sorted: Vec<(&[u8], usize)> = pats
            .into_iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(k, p)| (p, k))
            .take(usize::from(u16::MAX))
            .collect();
        sorted.sort_by(|a, b| (a.0[0], b.0.len()).cmp(&(b.0[0], a.0.len())));
        let mut bucket = [(0u16, 0u16); 256];
        for (k, (p, _)) in sorted.iter().enumerate() {
            let r = &mut bucket[usize::from(p[0])];
            if r.0 == r.1 {
                *r = (k as u16, k as u16);
            }
            r.1 = k as u16 + 1;
        }
        Literals {
            pats: sorted,
            bucket,
        }
    }

    /// Non-overlapping matches in `hay` as `(start, end, id)`, leftmost first and, among
    /// those starting at one position, the longest (aho-corasick's `LeftmostLongest`).
    pub fn find_all(&self, hay: &[u8], out: &mut Vec<(usize, usize, usize)>) {
        let mut s = 0;
        while s < hay.len() {
            let (a, b) = self.bucket[usize::from(hay[s])];
            if a == b {
                s += 1;
                continue;
            }
            let rest = &hay[s..];
            match self.pats[usize::from(a)..usize::from(b)]
                .iter()
                .find(|(p, _)| rest.starts_with(p))
            {
                Some(&(p, id)) => {
                    out.push((s, s + p.len(), id));
                    s += p.len();
                }
                None => s += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    fn both(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(pats)
            .unwrap();
        let want: Vec<_> = ac
            .find_iter(hay)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let mut got = Vec::new();
        Literals::new(pats.iter().map(|p| p.as_bytes())).find_all(hay.as_bytes(), &mut got);
        assert_eq!(got, want, "{pats:?} in {hay:?}");
        got
    }

    #[test]
    fn agrees_with_aho_corasick_leftmost_longest() {
        let pats = [
            "Khan",
            "Imran Khan",
            "Kha",
            "Sharif",
            "Shar",
            "Ali",
            "Alison",
            "Tan",
            "Nguyen Tan",
            "Ümit",
            "Ü",
            "Ab",
        ];
        let hays = [
            "",
            "Imran Khan met Sharif and Khan.",
            "XNguyen Tan Tan, Alison Ali, Ali",
            "Kha Khan Khann KhaKhan Sharif Shar Sha",
            "Ümit Ü Üm «Ab» AbAb",
            "no matches here at all",
        ];
        for hay in hays {
            both(&pats, hay);
        }
        assert_eq!(
            both(&pats, "XNguyen Tan Tan"),
            vec![(1, 11, 8), (12, 15, 7)]
        );
        // Pseudo-random texts over a small alphabet, where overlaps are frequent.
        let pats = ["ab", "abc", "bca", "c", "cab", "bb", "abcab"];
        let mut x: u32 = 12345;
        for _ in 0..300 {
            let hay: String = (0..40)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ['a', 'b', 'c', ' '][(x >> 16) as usize % 4]
                })
                .collect();
            both(&pats, &hay);
        }
    }
}
