//! A byte trie for token-anchored, longest-match lookups.
//!
//! Every gazetteer mention starts at a word start, so the matcher only ever asks "which is the
//! longest pattern starting exactly here?". That is an anchored leftmost-longest search, and a
//! plain trie answers it without the failure links an unanchored aho-corasick automaton needs
//! (building those was most of the start-up time for 30,000+ patterns). Built from the sorted
//! patterns: nodes in depth-first order with their parents, then the children of every node with
//! more than one laid out contiguously in byte order, and a 256-entry table for the root's
//! children.

const NONE: u32 = u32::MAX;

/// Patterns as bytes; lookups return the id given with each pattern.
pub struct Trie {
    /// Nodes in depth-first order (a single child is the next node, so a walk down a long
    /// pattern reads consecutive memory).
    nodes: Vec<Packed>,
    /// Children of every node that has two or more, contiguous per node, sorted by byte.
    edges: Vec<Edge>,
    root: Box<[u32; 256]>,
}

/// `repr(C)`: its bytes in memory (little endian) are those [`Trie::encode`] writes, so
/// [`Trie::decode`] copies a node array in one piece.
#[derive(Clone, Copy)]
#[repr(C)]
struct Packed {
    /// Pattern id + 1 when a pattern ends at the node, else 0.
    terminal: u32,
    /// The node's children are `edges[first..first + count]`; a node with one child (most
    /// nodes: the inside of a long pattern) has the child's node here instead, and its byte
    /// in `byte`, so a walk down a single path never reads `edges`.
    first: u32,
    /// At most 256 children.
    count: u16,
    byte: u8,
}

const _: () = assert!(std::mem::size_of::<Packed>() == 12);

/// `repr(C)`, as [`Packed`].
#[derive(Clone, Copy)]
#[repr(C)]
struct Edge {
    node: u32,
    byte: u8,
}

const _: () = assert!(std::mem::size_of::<Edge>() == 8);

/// The record types [`records`] may fill from raw bytes.
///
/// # Safety
/// Implementors are `repr(C)` structs of integers only: any bytes are a valid value.
unsafe trait Plain: Copy {}
// SAFETY: `repr(C)`, fields `u32`, `u32`, `u16`, `u8`.
unsafe impl Plain for Packed {}
// SAFETY: `repr(C)`, fields `u32`, `u8`.
unsafe impl Plain for Edge {}

/// `items` records of `size_of::<T>()` bytes from `bytes` (exactly that many bytes), each
/// written as `T`'s bytes in memory on a little-endian target ([`Trie::encode`]): one copy
/// there, `read` per record elsewhere.
fn records<T: Plain>(bytes: &[u8], read: impl Fn(&[u8]) -> T) -> Vec<T> {
    let size = std::mem::size_of::<T>();
    let n = bytes.len() / size;
    #[cfg(target_endian = "little")]
    if bytes.len() == n * size {
        let mut out: Vec<T> = Vec::with_capacity(n);
        // SAFETY: `T: Plain` (`Packed` or `Edge`): `repr(C)` integers, every bit pattern a
        // valid value (padding bytes may hold anything); `out` has room for `n` records, which the
        // copy of exactly `n * size` bytes fills before the length is set.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), out.as_mut_ptr().cast::<u8>(), n * size);
            out.set_len(n);
        }
        return out;
    }
    bytes.chunks_exact(size).map(read).collect()
}

impl Trie {
    /// Builds the trie of `(pattern, id)` pairs (empty patterns are ignored; for duplicate
    /// patterns the first id wins).
    pub fn new<'a>(patterns: impl IntoIterator<Item = (&'a [u8], u32)>) -> Trie {
        let mut sorted: Vec<(&[u8], u32)> = patterns
            .into_iter()
            .filter(|(p, _)| !p.is_empty())
            .collect();
        sorted.sort();
        // Each pattern's prefix shared with the one before, and so the exact node count: the
        // node vectors are allocated once, at their size (growing them copied megabytes and
        // faulted their pages in twice).
        let mut commons: Vec<u32> = Vec::with_capacity(sorted.len());
        let mut total = 0usize;
        let mut prev: &[u8] = &[];
        for &(pattern, _) in &sorted {
            let common = prev.iter().zip(pattern).take_while(|(a, b)| a == b).count();
            commons.push(common as u32);
            total += pattern.len() - common;
            prev = pattern;
        }
        // Nodes in depth-first order, each with its own byte in `byte` for now, and its
        // parent; children are counted as they come.
        let mut nodes: Vec<Packed> = Vec::with_capacity(total);
        let mut parents: Vec<u32> = Vec::with_capacity(total);
        let mut root = Box::new([NONE; 256]);
        // The path of the previous pattern (node per depth).
        let mut path: Vec<u32> = Vec::new();
        for ((pattern, id), common) in sorted.into_iter().zip(commons) {
            let common = common as usize;
            path.truncate(common);
            for (depth, &b) in pattern.iter().enumerate().skip(common) {
                let n = nodes.len() as u32;
                nodes.push(Packed {
                    terminal: 0,
                    first: 0,
                    count: 0,
                    byte: b,
                });
                if depth == 0 {
                    root[b as usize] = n;
                    parents.push(NONE);
                } else {
                    let parent = path[depth - 1];
                    nodes[parent as usize].count += 1;
                    parents.push(parent);
                }
                path.push(n);
            }
            if let Some(&end) = path.last() {
                let node = &mut nodes[end as usize];
                if node.terminal == 0 {
                    node.terminal = id + 1;
                }
            }
        }
        // Lay the children of each node with two or more out contiguously (in node order,
        // which is byte order: the patterns were sorted); a single child is kept in its
        // parent. Forward order: a node's own byte is read before its children overwrite it.
        let mut starts = 0usize;
        for node in nodes.iter_mut() {
            if node.count >= 2 {
                node.first = starts as u32;
                starts += usize::from(node.count);
            }
        }
        let mut edges = vec![Edge { byte: 0, node: 0 }; starts];
        for (c, &parent) in parents.iter().enumerate() {
            if parent == NONE {
                continue;
            }
            let b = nodes[c].byte;
            let p = &mut nodes[parent as usize];
            if p.count == 1 {
                p.first = c as u32;
                p.byte = b;
            } else {
                edges[p.first as usize] = Edge {
                    byte: b,
                    node: c as u32,
                };
                p.first += 1;
            }
        }
        for node in nodes.iter_mut() {
            match node.count {
                0 => node.byte = 0,
                1 => {}
                n => {
                    node.first -= u32::from(n);
                    node.byte = 0;
                }
            }
        }
        drop(parents);
        Trie { nodes, edges, root }
    }

    /// Appends the trie to `out` as little-endian words: the node and edge counts, the root
    /// table, then each node (terminal, first, count and byte) and each edge (node, byte).
    #[cfg_attr(not(test), allow(dead_code))] // build.rs writes the image
    pub fn encode(&self, out: &mut Vec<u8>) {
        let mut word = |w: u32| out.extend_from_slice(&w.to_le_bytes());
        word(self.nodes.len() as u32);
        word(self.edges.len() as u32);
        // Each node and edge in the bytes of its `repr(C)` layout on a little-endian target.
        self.root.iter().for_each(|&n| word(n));
        for n in &self.nodes {
            word(n.terminal);
            word(n.first);
            word(u32::from(n.count) | u32::from(n.byte) << 16);
        }
        for e in &self.edges {
            word(e.node);
            word(u32::from(e.byte));
        }
    }

    /// The trie [`Trie::encode`] wrote at the start of `bytes`, with the bytes it took; `None`
    /// for bytes no trie wrote (short, or a node or edge pointing outside the arrays).
    pub fn decode(bytes: &[u8]) -> Option<(Trie, usize)> {
        let word = |at: usize| -> Option<u32> {
            let b = bytes.get(at..at + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (n_nodes, n_edges) = (word(0)? as usize, word(4)? as usize);
        let root_at = 8usize;
        let nodes_at = root_at + 4 * 256;
        let edges_at = nodes_at.checked_add(n_nodes.checked_mul(12)?)?;
        let end = edges_at.checked_add(n_edges.checked_mul(8)?)?;
        if end > bytes.len() {
            return None;
        }
        let ok_node = |n: u32| (n as usize) < n_nodes;
        let mut root = Box::new([NONE; 256]);
        for (k, r) in root.iter_mut().enumerate() {
            *r = word(root_at + 4 * k)?;
            if *r != NONE && !ok_node(*r) {
                return None;
            }
        }
        let word = |c: &[u8], k: usize| u32::from_le_bytes([c[k], c[k + 1], c[k + 2], c[k + 3]]);
        let nodes: Vec<Packed> = records(&bytes[nodes_at..edges_at], |c| {
            let cb = word(c, 8);
            Packed {
                terminal: word(c, 0),
                first: word(c, 4),
                count: cb as u16,
                byte: (cb >> 16) as u8,
            }
        });
        let edges: Vec<Edge> = records(&bytes[edges_at..end], |c| Edge {
            node: word(c, 0),
            byte: c[4],
        });
        // Checked in a pass of their own (start-up reads ~480,000 nodes).
        let bad_node = |p: &Packed| match p.count {
            0 => false,
            1 => p.first as usize >= n_nodes,
            n => p.first as usize + usize::from(n) > n_edges,
        };
        if nodes.iter().any(bad_node) || edges.iter().any(|e| e.node as usize >= n_nodes) {
            return None;
        }
        Some((Trie { nodes, edges, root }, end))
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The largest pattern id + 1 of any terminal (0 for none).
    pub fn terminals_below(&self) -> u32 {
        self.nodes.iter().map(|n| n.terminal).max().unwrap_or(0)
    }

    /// The longest pattern that `hay[at..]` starts with: its end (exclusive) and id.
    #[cfg(test)]
    pub fn longest(&self, hay: &[u8], at: usize) -> Option<(usize, u32)> {
        let mut all = Vec::new();
        self.prefixes(hay, at, &mut all);
        all.last().copied()
    }

    /// Every pattern that `hay[at..]`, with ASCII letters in lower case, starts with, shortest
    /// first, appended to `out` as (end exclusive, id). Callers try them longest first, so a
    /// longest match that fails a later check falls back to the next shorter one.
    pub fn prefixes(&self, hay: &[u8], at: usize, out: &mut Vec<(usize, u32)>) {
        let Some(&b0) = hay.get(at) else { return };
        let n0 = self.root[b0.to_ascii_lowercase() as usize];
        if n0 == NONE {
            return;
        }
        self.prefixes_from(n0, hay, at + 1, out);
    }

    /// [`Trie::prefixes`] continued from `node`, the node reached by the bytes before `pos`.
    pub fn prefixes_from(&self, node: u32, hay: &[u8], pos: usize, out: &mut Vec<(usize, u32)>) {
        let mut n = node;
        let mut pos = pos;
        loop {
            let node = self.nodes[n as usize];
            if node.terminal != 0 {
                out.push((pos, node.terminal - 1));
            }
            let Some(&b) = hay.get(pos) else { break };
            match self.child(node, b.to_ascii_lowercase()) {
                Some(c) => n = c,
                None => break,
            }
            pos += 1;
        }
    }

    /// The node reached from the root by exactly the bytes of `path` (non-empty).
    pub fn node(&self, path: &[u8]) -> Option<u32> {
        let (&b0, rest) = path.split_first()?;
        let mut n = self.root[b0 as usize];
        if n == NONE {
            return None;
        }
        for &b in rest {
            n = self.child(self.nodes[n as usize], b)?;
        }
        Some(n)
    }

    /// Pattern id + 1 of the pattern that ends at `node`, else 0.
    pub fn terminal(&self, node: u32) -> u32 {
        self.nodes[node as usize].terminal
    }

    /// The children of `node` as (byte, node).
    fn children(&self, node: u32) -> impl Iterator<Item = (u8, u32)> + '_ {
        let p = self.nodes[node as usize];
        let (single, many) = if p.count == 1 {
            (Some((p.byte, p.first)), &self.edges[..0])
        } else {
            let from = p.first as usize;
            (None, &self.edges[from..from + usize::from(p.count)])
        };
        single
            .into_iter()
            .chain(many.iter().map(|e| (e.byte, e.node)))
    }

    /// Every sequence of three bytes that leads on from `node` (patterns that go on past it
    /// start their rest with one of these), or `None` when a pattern ends one or two bytes
    /// past `node` (a rest shorter than three bytes).
    pub fn next_three(&self, node: u32) -> Option<Vec<[u8; 3]>> {
        let mut out = Vec::new();
        for (a, n1) in self.children(node) {
            if self.terminal(n1) != 0 {
                return None;
            }
            for (b, n2) in self.children(n1) {
                if self.terminal(n2) != 0 {
                    return None;
                }
                out.extend(self.children(n2).map(|(c, _)| [a, b, c]));
            }
        }
        Some(out)
    }

    /// The child of `node` on byte `b`.
    #[inline]
    fn child(&self, node: Packed, b: u8) -> Option<u32> {
        if node.count == 1 {
            return (node.byte == b).then_some(node.first);
        }
        let from = node.first as usize;
        let edges = &self.edges[from..from + usize::from(node.count)];
        debug_assert!(edges.windows(2).all(|w| w[0].byte < w[1].byte));
        // Sorted by byte: most walks end on a byte no child has (the word after a first word
        // begins no pattern), and the search stops at the first byte past it.
        for e in edges {
            if e.byte >= b {
                return (e.byte == b).then_some(e.node);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_at_a_position() {
        let pats: [&[u8]; 5] = [b"us", b"usa", b"united states", b"united", b"b"];
        let trie = Trie::new(pats.iter().enumerate().map(|(i, p)| (*p, i as u32)));
        let hay = b"the united states and usa, us";
        assert_eq!(trie.longest(hay, 4), Some((17, 2)));
        assert_eq!(trie.longest(hay, 22), Some((25, 1)));
        assert_eq!(trie.longest(hay, 27), Some((29, 0)));
        assert_eq!(trie.longest(hay, 0), None);
        assert_eq!(trie.longest(hay, 29), None);
        assert_eq!(trie.longest(b"unit", 0), None);
        let mut all = Vec::new();
        trie.prefixes(b"usa", 0, &mut all);
        assert_eq!(all, vec![(2, 0), (3, 1)]);
        // Upper case in the text is folded; patterns are lower case.
        assert_eq!(trie.longest(b"the United States", 4), Some((17, 2)));
        // Continuing from the node of a first word.
        let node = trie.node(b"united").unwrap();
        all.clear();
        trie.prefixes_from(node, hay, 10, &mut all);
        assert_eq!(all, vec![(10, 3), (17, 2)]);
        assert_eq!(trie.node(b"unitex"), None);
        assert_eq!(trie.node(b""), None);
        // What leads on from a node, three bytes at a time.
        let united = trie.node(b"united").unwrap();
        assert_eq!(trie.terminal(united), 4);
        assert_eq!(trie.next_three(united), Some(vec![*b" st"]));
        assert_eq!(
            trie.next_three(trie.node(b"united states").unwrap()),
            Some(vec![])
        );
        // "usa" ends one byte past "us".
        assert_eq!(trie.next_three(trie.node(b"us").unwrap()), None);
        assert_eq!(trie.terminal(trie.node(b"unit").unwrap()), 0);
    }

    /// Every lookup agrees with a scan of the pattern list, on random small-alphabet
    /// patterns (shared prefixes, duplicates, one- and many-child nodes).
    #[test]
    fn prefixes_agree_with_a_scan_of_the_patterns() {
        let mut rng = crate::testutil::Xorshift(0x9e37_79b9_7f4a_7c15u64);
        let mut next = move |n: u64| rng.below(n as usize);
        for round in 0..40 {
            let count = 1 + next(60);
            let pats: Vec<Vec<u8>> = (0..count)
                .map(|_| (0..1 + next(6)).map(|_| b"abc d"[next(5)]).collect())
                .collect();
            let trie = Trie::new(
                pats.iter()
                    .enumerate()
                    .map(|(i, p)| (p.as_slice(), i as u32)),
            );
            for _ in 0..50 {
                let hay: Vec<u8> = (0..next(9)).map(|_| b"abc dA"[next(6)]).collect();
                for at in 0..=hay.len() {
                    let mut got = Vec::new();
                    trie.prefixes(&hay, at, &mut got);
                    let folded = hay.to_ascii_lowercase();
                    let mut want: Vec<(usize, u32)> = Vec::new();
                    for end in at + 1..=hay.len() {
                        // The first id of a duplicated pattern.
                        if let Some(id) = pats.iter().position(|p| p[..] == folded[at..end]) {
                            want.push((end, id as u32));
                        }
                    }
                    assert_eq!(got, want, "round {round}, {hay:?} at {at}, {pats:?}");
                }
            }
            for p in &pats {
                let node = trie.node(p).unwrap();
                let first = pats.iter().position(|q| q == p).unwrap() as u32;
                assert_eq!(trie.terminal(node), first + 1);
            }
        }
    }
}
