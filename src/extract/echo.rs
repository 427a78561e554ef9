//! Block quotations that repeat the document's own words: a reply in a GitHub or forum
//! thread exported to Markdown quotes an earlier comment of the same thread (`> I think we
//! should …`). Like a pull quote, it repeats the text, not a source: its words are no
//! quotation to check (see `docs/design.md`).
//!
//! The document's own text (outside block quotations and notes, and outside the quotation
//! marks in it) is read once, in order, into a table of six-word runs, so a document of
//! many block quotations stays linear.

use super::{BlockKind, FastMap, Parsed};

/// Fewest words a block quotation must have to count as a repeat of the document's text.
const MIN_WORDS: usize = 6;

/// Marks as furniture (as a pull quote is: `callout`, its blocks `chrome` and no longer in
/// it) each top-level
/// block quotation whose words, six or more, case, quote marks and punctuation aside, stand
/// in one run in the document's own text before it, when the paragraph above it does not
/// end with a colon (`As the RFC puts it:` introduces the source's words, which the writer
/// may have given in their own words first).
///
/// A pull quote set before the paragraph it repeats (a magazine floats it ahead of its
/// words) is one too when its markup says so (a kramdown attribute list naming a pull-quote
/// class, `{: .pullquote}`, closing it or on the line above it), its words all stand in one
/// of the [`AHEAD`] paragraphs of the text after it, and nothing in it cites (no link, no
/// note marker). A plain `>` quotation whose words come only later stays a quotation: a
/// source's words the writer goes on to repeat. So does a marked one whose words a later
/// paragraph repeats in part, or inside quotation marks (`As the report put it, "…"`).
pub(super) fn mark_own_repeats(p: &mut Parsed) {
    if p.groups.is_empty() {
        return;
    }
    // The quotations that may repeat the text, by their first and end blocks, found before
    // any text is read: most documents have none (a block quotation after a lead-in ending
    // with a colon is the source's words), and the reading, some forty instructions a byte,
    // is then spared (the extraction benchmark's corpora: every block quotation follows a
    // colon). The text after the last one need not be read either (the few paragraphs a
    // pull quote set before its words may repeat are searched on their own).
    let mut open = Vec::new();
    let mut k = 0;
    while k < p.blocks.len() {
        let Some(g) = p.blocks.get(k).and_then(|b| b.group) else {
            k += 1;
            continue;
        };
        let end = group_end(p, k, g);
        if qualifies(p, k, end, g) {
            open.push(k);
        }
        k = end;
    }
    let Some(&last) = open.last() else {
        return;
    };
    let mut runs = Runs::default();
    let mut cited: Option<Vec<bool>> = None;
    let mut repeats: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = 0;
    while k <= last && k < p.blocks.len() {
        let Some(b) = p.blocks.get(k) else {
            break;
        };
        let Some(g) = b.group else {
            if own_text(b) {
                runs.read(&b.text);
            }
            k += 1;
            continue;
        };
        let end = group_end(p, k, g);
        // (A quotation stands between two runs of the text: none spans it.)
        runs.cut();
        if open.binary_search(&k).is_ok() {
            let words: Vec<u64> = p
                .blocks
                .get(k..end)
                .unwrap_or(&[])
                .iter()
                .flat_map(|x| words(without_attribute_list(&x.text)))
                .collect();
            if runs.holds(&words)
                || (words.len() >= MIN_WORDS
                    && marked_pull_quote(p, k, end)
                    && !cites(p, cited.get_or_insert_with(|| cited_blocks(p)), k, end, g)
                    && repeats_ahead(p, k, end, &words))
            {
                repeats.push((k, end, g));
            }
        }
        k = end;
    }
    for (k, end, g) in repeats {
        if let Some(gr) = p.groups.get_mut(g) {
            gr.callout = true;
        }
        // (Its paragraphs are read as furniture's prose, as a callout's are after
        // `demote_callouts`.)
        for x in p.blocks.get_mut(k..end).unwrap_or(&mut []) {
            x.chrome = true;
            x.group = None;
        }
        for l in &mut p.links {
            if l.group == Some(g) {
                l.group = None;
            }
        }
    }
}

/// How many paragraphs of the text after a quotation a pull quote may repeat: it is set
/// near its words (on the same page or spread), and the search stays short.
const AHEAD: usize = 8;

/// Whether a block is the document's own text (not a note's, a table's, furniture's).
fn own_text(b: &super::Block) -> bool {
    b.note.is_none() && !b.chrome && b.row.is_none() || b.kind == BlockKind::Heading
}

/// Whether the words `ws` of the quotation at blocks `k..end` all stand, in one run, in
/// one of the [`AHEAD`] paragraphs of the document's own text after it. A paragraph is read
/// only when it holds the quotation's three longest words written in lower case (words
/// inside its sentences, so in lower case in the paragraph too): most are passed over by a
/// `memmem` scan or two.
fn repeats_ahead(p: &Parsed, k: usize, end: usize, ws: &[u64]) -> bool {
    let text: String = p
        .blocks
        .get(k..end)
        .unwrap_or(&[])
        .iter()
        .map(|b| without_attribute_list(&b.text))
        .collect::<Vec<_>>()
        .join(" ");
    // Its three longest words in lower case, each looked for with `memmem`.
    let mut needles: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.chars().all(|c| !c.is_uppercase()))
        .collect();
    needles.sort_unstable_by_key(|w| (std::cmp::Reverse(w.len()), *w));
    needles.dedup();
    let finders: Vec<memchr::memmem::Finder<'_>> = needles
        .iter()
        .take(3)
        .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
        .collect();
    let mut seen = 0;
    for b in p.blocks.get(end..).unwrap_or(&[]) {
        if seen == AHEAD {
            break;
        }
        if b.group.is_some() || !own_text(b) || b.kind == BlockKind::Heading {
            continue;
        }
        seen += 1;
        if b.text.len() < text.len() / 2
            || finders.iter().any(|f| f.find(b.text.as_bytes()).is_none())
        {
            continue;
        }
        let mut runs = Runs::default();
        runs.read(&b.text);
        if runs.holds(ws) {
            return true;
        }
    }
    false
}

/// Whether the quotation at blocks `k..end` is marked as a pull quote: a kramdown attribute
/// list naming a class with `pull` in it (`{: .pullquote}`, `{:.pull-quote}`) closing its
/// last paragraph, or standing alone in the paragraph right above it.
fn marked_pull_quote(p: &Parsed, k: usize, end: usize) -> bool {
    let ial =
        |t: &str| attribute_list(t).is_some_and(|(_, a)| a.to_ascii_lowercase().contains(".pull"));
    let closing = end
        .checked_sub(1)
        .and_then(|i| p.blocks.get(i))
        .is_some_and(|b| ial(&b.text));
    let above = k
        .checked_sub(1)
        .and_then(|i| p.blocks.get(i))
        .is_some_and(|b| {
            b.group.is_none() && b.text.trim_start().starts_with("{:") && ial(&b.text)
        });
    closing || above
}

/// Which blocks hold a link or an explicit note marker.
fn cited_blocks(p: &Parsed) -> Vec<bool> {
    let mut v = vec![false; p.blocks.len()];
    let spans = p.links.iter().filter_map(|l| l.span);
    for (b, ..) in spans.chain(p.markers.iter().filter_map(|m| m.span)) {
        if let Some(x) = v.get_mut(b) {
            *x = true;
        }
    }
    v
}

/// Whether the quotation `g` (blocks `k..end`) cites something: a link or a note marker
/// in it, or a `cite` address.
fn cites(p: &Parsed, cited: &[bool], k: usize, end: usize, g: usize) -> bool {
    cited.get(k..end).is_some_and(|c| c.contains(&true))
        || p.links.iter().any(|l| l.group == Some(g))
}

/// A block's text without a kramdown attribute list closing it (`… shareholders.⏎{:
/// .pullquote}`, a lazy line of a `>` quotation in CommonMark, styling in kramdown): its
/// words are no words of the quotation's.
fn without_attribute_list(text: &str) -> &str {
    match attribute_list(text) {
        Some((before, list)) if !list.contains(['"', '“']) => before,
        _ => text,
    }
}

/// A kramdown attribute list closing `text` (`{: .pullquote}`): the text before it and the
/// list itself.
fn attribute_list(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_end();
    let open = t.rfind("{:").filter(|_| t.ends_with('}'))?;
    Some((t.get(..open)?, t.get(open..)?))
}

/// The block after the quotation `g` that starts at block `k`.
fn group_end(p: &Parsed, k: usize, g: usize) -> usize {
    (k..p.blocks.len())
        .find(|&i| p.blocks.get(i).and_then(|x| x.group) != Some(g))
        .unwrap_or(p.blocks.len())
}

/// Whether the quotation `g` (blocks `k..end`) may be a repeat of the text: a top-level
/// quotation, no callout or letter, not after a paragraph ending with a colon, and holding
/// no nested quotation.
fn qualifies(p: &Parsed, k: usize, end: usize, g: usize) -> bool {
    let open = p
        .groups
        .get(g)
        .is_some_and(|g| g.parent.is_none() && !g.callout && !g.correspondence);
    let colon = k
        .checked_sub(1)
        .and_then(|i| p.blocks.get(i))
        .is_some_and(|a| a.text.trim_end().ends_with([':', '\u{ff1a}']));
    // Only a quotation whose blocks are all its own (no nested one inside).
    let whole = end == p.blocks.len()
        || p.blocks
            .get(end)
            .and_then(|x| x.group)
            .and_then(|h| p.groups.get(h))
            .is_none_or(|h| h.parent != Some(g));
    open && !colon && whole
}

/// The hash of each word of `text` (runs of letters and digits, lower-cased).
fn words(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(word_hash)
}

fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in w.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for &byte in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(byte);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The hash of six word hashes in order.
fn run_hash(ws: &[u64]) -> u64 {
    ws.iter().fold(0x9e37_79b9_7f4a_7c15, |h, &w| {
        (h.rotate_left(23) ^ w).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Six-word runs of the document's own text read so far, each with the place of its first
/// word (its last occurrence).
#[derive(Default)]
struct Runs {
    at: FastMap<u64, u32>,
    /// The words read since the last cut (the last five are all that is needed).
    last: Vec<u64>,
    /// Place of the next word.
    next: u32,
}

impl Runs {
    /// Reads a block of the document's own text; words inside quotation marks are left
    /// out (a reply repeating them repeats a quotation, which stays one).
    fn read(&mut self, text: &str) {
        let mut inside_straight = false;
        let mut depth = 0usize;
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                if !inside_straight && depth == 0 {
                    self.push(word_hash(text.get(s..i).unwrap_or("")));
                }
            }
            match c {
                '"' => {
                    inside_straight = !inside_straight;
                    self.cut();
                }
                '\u{201C}' | '\u{AB}' | '\u{201E}' => {
                    depth += 1;
                    self.cut();
                }
                '\u{201D}' | '\u{BB}' => {
                    depth = depth.saturating_sub(1);
                    self.cut();
                }
                _ => {}
            }
        }
    }

    fn push(&mut self, w: u64) {
        self.last.push(w);
        if self.last.len() > MIN_WORDS {
            self.last.remove(0);
        }
        if self.last.len() == MIN_WORDS {
            let first = self.next.saturating_sub(MIN_WORDS as u32 - 1);
            self.at.insert(run_hash(&self.last), first);
        }
        self.next = self.next.saturating_add(1);
    }

    /// Ends the current run: no six words span the cut.
    fn cut(&mut self) {
        self.last.clear();
        self.next = self.next.saturating_add(1);
    }

    /// Whether `words` (six or more) stand in one run of the text read so far.
    fn holds(&self, words: &[u64]) -> bool {
        if words.len() < MIN_WORDS {
            return false;
        }
        let mut first = None;
        for (i, w) in words.windows(MIN_WORDS).enumerate() {
            let Some(&at) = self.at.get(&run_hash(w)) else {
                return false;
            };
            let base = *first.get_or_insert(at);
            if u32::try_from(i).ok().and_then(|i| base.checked_add(i)) != Some(at) {
                return false;
            }
        }
        true
    }
}
