//! The common JSONL record, `{"id": "…", "text": "…", "date": "…"}`, read without building a
//! `serde_json::Value`: the fields are found in one pass over the line and the text is
//! unescaped straight into its `String`.
//!
//! Only the shape that needs no judgement is read here: an object with string `id` and `text`,
//! an optional string or null `date`, no other key, no duplicate, nothing after it, valid UTF-8,
//! and no escape but the simple ones and `\uXXXX` outside the surrogates. Anything else (a
//! number id, more fields to pass through as `meta`, any error) returns `None`, and the caller
//! reads the line with `serde_json` as before, so error records and `meta` stay exactly its.

/// The fields of a record read by [`read`].
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Fields {
    pub id: String,
    pub text: String,
    /// `None` when absent or null.
    pub date: Option<String>,
}

/// The record's fields, or `None` when the line is not of the plain shape (see the module).
pub(super) fn read(line: &[u8]) -> Option<Fields> {
    let line = std::str::from_utf8(line).ok()?;
    let mut reader = Reader { line, at: 0 };
    let (mut id, mut text, mut date) = (None, None, None);
    reader.skip_space();
    reader.expect(b'{')?;
    loop {
        reader.skip_space();
        let key = reader.plain_key()?;
        reader.skip_space();
        reader.expect(b':')?;
        reader.skip_space();
        let slot = match key {
            "id" => &mut id,
            "text" => &mut text,
            "date" => &mut date,
            _ => return None,
        };
        if slot.is_some() {
            return None; // a duplicate key: serde_json keeps the last one
        }
        *slot = Some(if key == "date" && reader.null() {
            None
        } else {
            Some(reader.string()?)
        });
        reader.skip_space();
        match reader.next_byte()? {
            b',' => continue,
            b'}' => break,
            _ => return None,
        }
    }
    reader.skip_space();
    if reader.at != line.len() {
        return None;
    }
    Some(Fields {
        id: id??,
        text: text??,
        date: date.flatten(),
    })
}

struct Reader<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.line.as_bytes()
    }

    /// JSON's whitespace: space, tab, line feed, carriage return.
    fn skip_space(&mut self) {
        while matches!(
            self.bytes().get(self.at),
            Some(b' ' | b'\t' | b'\n' | b'\r')
        ) {
            self.at += 1;
        }
    }

    fn next_byte(&mut self) -> Option<u8> {
        let b = *self.bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.next_byte()? == byte).then_some(())
    }

    /// `null` at the reading position (consumed), or nothing consumed.
    fn null(&mut self) -> bool {
        let found = self.bytes()[self.at..].starts_with(b"null");
        if found {
            self.at += 4;
        }
        found
    }

    /// A key with no escape in it.
    fn plain_key(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + special_byte(&self.bytes()[start..])?;
        self.at = end;
        self.expect(b'"')?;
        self.line.get(start..end)
    }

    /// A string value, unescaped.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let rest = &self.bytes()[self.at..];
        // A string with no escape is its first run; one with an escape is no longer than the
        // rest of the line (an escape is never shorter than its character): one allocation
        // either way, where growing by doubling copied a wire story's text four or five times
        // over its `\n`s.
        let first = special_byte(rest)?;
        let room = match rest.get(first) {
            Some(b'\\') => rest.len(),
            _ => first,
        };
        let mut out = String::with_capacity(room);
        loop {
            let run = special_byte(&self.bytes()[self.at..])?;
            out.push_str(self.line.get(self.at..self.at + run)?);
            self.at += run;
            match self.next_byte()? {
                b'"' => {
                    // An escaped `id` or `date` before the text reserved the whole line: give
                    // the room back so that a document in flight holds its text once.
                    if out.capacity() > 2 * out.len() + 64 {
                        out.shrink_to_fit();
                    }
                    return Some(out);
                }
                b'\\' => out.push(self.escape()?),
                _ => return None, // a control character: serde_json's error
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Option<char> {
        Some(match self.next_byte()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.line.get(self.at..self.at + 4)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += 4;
                // Surrogates (pairs, or lone ones serde_json rejects) are left to serde_json.
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        })
    }
}

/// How many bytes of `bytes` come before the first quote, backslash or control character
/// (`None` when there is none: the string is not closed on this line).
fn special_byte(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(16);
    let mut seen = 0;
    for chunk in chunks.by_ref() {
        if let Ok(chunk) = <&[u8; 16]>::try_from(chunk) {
            let mask = crate::wordmask::json_special_mask16(chunk);
            if mask != 0 {
                return Some(seen + mask.trailing_zeros() as usize);
            }
        }
        seen += 16;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|i| seen + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `serde_json` reads from the line, in the same shape (`None` for anything the fast
    /// reader leaves to it).
    fn by_serde(line: &str) -> Option<Fields> {
        let value: serde_json::Value = serde_json::from_str(line).ok()?;
        let fields = value.as_object()?;
        if fields
            .keys()
            .any(|k| !matches!(k.as_str(), "id" | "text" | "date"))
        {
            return None;
        }
        let date = match fields.get("date") {
            None | Some(serde_json::Value::Null) => None,
            Some(d) => Some(d.as_str()?.to_string()),
        };
        Some(Fields {
            id: fields.get("id")?.as_str()?.to_string(),
            text: fields.get("text")?.as_str()?.to_string(),
            date,
        })
    }

    #[test]
    fn plain_records_read_as_serde_json_reads_them() {
        let pieces = [
            "a",
            "é",
            "😀",
            " ",
            "\\n",
            "\\\"",
            "\\\\",
            "\\/",
            "\\t",
            "\\u00e9",
            "\\u0000",
            "\\ud83d\\ude00",
            "\\ud800",
            "\\x",
            "\"",
            "\u{1}",
            "“",
            "\\u12",
            "\\uZZZZ",
            "0123456789",
        ];
        let mut rng = crate::testutil::Xorshift(0x0123_4567_89ab_cdef);
        for _ in 0..20_000 {
            let n = rng.below(40);
            let text = rng.concat(&pieces, n);
            let lines = [
                format!(r#"{{"id": "d1", "text": "{text}"}}"#),
                format!(r#" {{"text":"{text}","id":"x","date":"2024-01-02"}} "#),
                format!(r#"{{"id":"{text}","text":"t","date":null}}"#),
                format!(r#"{{"id":"a","text":"{text}","date":"{text}"}}"#),
            ];
            for line in &lines {
                let fast = read(line.as_bytes());
                if let Some(fast) = &fast {
                    assert_eq!(Some(fast), by_serde(line).as_ref(), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn other_shapes_are_left_to_serde_json() {
        for line in [
            r#"{"id": 7, "text": "t"}"#,
            r#"{"id": "a", "text": "t", "source": "x"}"#,
            r#"{"id": "a", "text": "t", "id": "b"}"#,
            r#"{"id": "a", "text": "t"} x"#,
            r#"{"id": "a", "text": "t",}"#,
            r#"{"id": "a"}"#,
            r#"{"id": null, "text": "t"}"#,
            r#"{"id": "a", "text": "\ud800"}"#,
            r#"{"i\u0064": "a", "text": "t"}"#,
            r#"["id", "text"]"#,
            "{\"id\": \"a\", \"text\": \"caf\u{e9}\u{1}\"}",
        ] {
            assert_eq!(read(line.as_bytes()), None, "{line}");
        }
        assert_eq!(read(b"{\"id\": \"a\", \"text\": \"caf\xe9\"}"), None);
    }

    #[test]
    fn plain_records_are_read() {
        let fields =
            read(br#"{"id": "r1", "text": "Line one\nTwo \u00e9 \"q\"", "date": "2024-11-21"}"#);
        assert_eq!(
            fields,
            Some(Fields {
                id: "r1".into(),
                text: "Line one\nTwo é \"q\"".into(),
                date: Some("2024-11-21".into()),
            })
        );
    }
}
