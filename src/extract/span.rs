//! Byte offset → 1-based line and column (columns in characters).
//!
//! A line-start table is built once per document (one pass over the bytes); each lookup is a
//! binary search plus a character count from the line start. Lookups made in increasing order
//! on the same line reuse the previous answer, so a huge single-line document with many items
//! stays linear instead of recounting the line for every item.

use crate::model::Position;

/// `text` with each lone carriage return (one not followed by a line feed: the line ending
/// of classic Mac OS, and of some exports and pasted text) made a line feed, as CommonMark
/// and HTML read it and editors show it: every reader then breaks lines there, and
/// positions count them. One byte for another, so every byte offset into `text` stays valid
/// (`\r\n` is left as it is). Borrowed when there is none, as in nearly every text.
#[must_use]
pub fn lone_cr_as_lf(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut lone = memchr::memchr_iter(b'\r', b)
        .filter(|&i| b.get(i + 1) != Some(&b'\n'))
        .peekable();
    if lone.peek().is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = b.to_vec();
    for i in lone {
        if let Some(c) = out.get_mut(i) {
            *c = b'\n';
        }
    }
    // (ASCII for ASCII: still UTF-8.)
    std::borrow::Cow::Owned(
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// Line-start table for one document.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Last answer: (offset, line index, column), reused by the next lookup on the same line.
    cache: Option<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// Builds the table for `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            cache: None,
        }
    }

    /// Number of lines (a final line without a newline counts; an empty text has one line).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The position of byte `offset` (clamped to the text and to a character boundary).
    pub fn position(&mut self, offset: usize) -> Position {
        let mut cache = self.cache.take();
        let p = self.locate(offset, &mut cache);
        self.cache = cache;
        p
    }

    /// A lookup cursor with its own cache, so that several threads can share one table.
    #[must_use]
    pub fn cursor(&self) -> Cursor<'_, 'a> {
        Cursor {
            index: self,
            cache: None,
        }
    }

    fn locate(&self, offset: usize, cache: &mut Option<(usize, usize, usize)>) -> Position {
        let mut offset = offset.min(self.text.len());
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let (from, base) = match *cache {
            Some((off, l, col)) if l == line && off <= offset => (off, col),
            _ => (start, 1),
        };
        let column = base + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        *cache = Some((offset, line, column));
        Position {
            line: line + 1,
            column,
        }
    }
}

/// Lookups on a shared [`LineIndex`], with the same reuse of the previous answer.
#[derive(Debug)]
pub struct Cursor<'i, 'a> {
    index: &'i LineIndex<'a>,
    cache: Option<(usize, usize, usize)>,
}

impl Cursor<'_, '_> {
    /// The position of byte `offset` (see [`LineIndex::position`]).
    pub fn position(&mut self, offset: usize) -> Position {
        self.index.locate(offset, &mut self.cache)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_char_columns() {
        let text = "ab\n“é” x\n\nlast";
        let mut idx = LineIndex::new(text);
        assert_eq!(idx.position(0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(3), Position { line: 2, column: 1 });
        let x = text.find('x').unwrap_or(0);
        assert_eq!(idx.position(x), Position { line: 2, column: 5 });
        let last = text.find("last").unwrap_or(0);
        assert_eq!(idx.position(last), Position { line: 4, column: 1 });
        // Out of order and past the end still work.
        assert_eq!(idx.position(1), Position { line: 1, column: 2 });
        assert_eq!(idx.position(10_000).line, 4);
        assert_eq!(idx.line_count(), 4);
    }
}
