//! Plain-text front end: paragraphs (separated by blank lines) become blocks, copied verbatim
//! so every text offset maps straight back to the source.
//!
//! Plain text written by people borrows from Markdown and e-mail: `[text](url)` links and
//! `<https://…>` are recognised, and a paragraph whose every line starts with `>` is a block
//! quotation. Bare URLs and e-mail addresses are found with `linkify`.

use std::sync::LazyLock;

use regex::Regex;

use super::{bare_links, notes, Block, BlockKind, Group, NoteDef, Parsed, RawLink, StrFind};
use crate::model::LinkKind;

static MD_LINK_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(!?)\[([^\]\n]{0,300})\]\(([^)\s]*)\)")
        .unwrap_or_else(|_| unreachable!("static regex"))
});

/// Adds the bare URLs found in a block's `text` to `links`: one written between `<` and `>`
/// is an autolink, starting at its `<`.
pub(super) fn push_bare_links(text: &str, found: Vec<RawLink>, links: &mut Vec<RawLink>) {
    for mut l in found {
        if let Some((_, s, e)) = l.span {
            let before = text.get(..s).and_then(|t| t.chars().next_back());
            let after = text.get(e..).and_then(|t| t.chars().next());
            if before == Some('<') && after == Some('>') && l.kind == LinkKind::Bare {
                l.kind = LinkKind::Autolink;
                l.offset = l.offset.saturating_sub(1);
            }
        }
        links.push(l);
    }
}

/// Parses plain text.
#[must_use]
pub fn parse(src: &str) -> Parsed {
    let mut p = Parsed::default();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    let mut adoc = None;
    // The runs of lines between blank lines, and whether each one's last line is a page
    // number (a report pasted from PDF): cheap, a line's last byte first.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut paged_runs: Vec<bool> = Vec::new();
    let mut last_paged = false;
    for line in src.split_inclusive('\n') {
        let t = line.trim_end();
        let blank = t.trim_start().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                runs.push((s, pos));
                paged_runs.push(last_paged);
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
        if !blank {
            // (Cheap first: a number, or `- 4 -`'s dash, ends it.)
            last_paged = t
                .as_bytes()
                .last()
                .is_some_and(|b| b.is_ascii_digit() || *b == b'-' || *b == 0x93)
                && page_number_line(t);
        }
        pos += line.len();
    }
    if let Some(s) = start {
        runs.push((s, src.len()));
        paged_runs.push(last_paged);
    }
    if paged_runs.contains(&true) {
        paged_chunks(src, &runs, &paged_runs, &mut p, &mut adoc);
    } else {
        let mut i = 0;
        while let Some(&(s, e)) = runs.get(i) {
            // A bracketed note run over paragraphs (not inside an AsciiDoc quotation).
            if let Some(j) = adoc
                .is_none()
                .then(|| note_over_paragraphs(src, &runs, i))
                .flatten()
            {
                paragraphs_of_note(src, &runs, i, j, &mut p);
                i = j + 1;
                continue;
            }
            chunk(src, s, e, &mut p, &mut adoc);
            i += 1;
        }
    }
    p
}

/// Whether a line is a page number as a PDF's running header or footer writes it: a bare
/// number (`4`), `Page 4`, `Page 4 of 12`, `4 of 12` or `- 4 -` (`– 4 –`), alone or after
/// a running title set out with a gap of three spaces or more, or with ` - ` or ` | `.
fn page_number_line(line: &str) -> bool {
    let t = line.trim_end();
    let tb = t.as_bytes();
    if t.len() > 120 {
        return false;
    }
    let Some(k) = page_number_start(tb) else {
        return false;
    };
    let head = tb.get(..k).unwrap_or(&[]);
    if head.iter().all(|b| *b == b' ' || *b == b'\t') {
        return true;
    }
    let gap = head.ends_with(b"   ") || head.ends_with(b" - ") || head.ends_with(b" | ");
    let title = t.get(..k).unwrap_or("").trim_end_matches([' ', '-', '|']);
    gap && !title.ends_with(['.', '!', '?', ',', ';', ':', '"', '\u{201D}'])
}

/// Where the page number ending `tb` starts, read backwards byte by byte: `4`, `Page 4`,
/// `page 4 of 12`, `4 of 12`, `- 4 -`, `– 4 –` (a number of four digits at most), at the
/// start of `tb` or after a space.
fn page_number_start(tb: &[u8]) -> Option<usize> {
    // The digits ending `tb[..end]`: where they start.
    let digits = |end: usize| {
        let head = tb.get(..end)?;
        let n = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        (1..=4).contains(&n).then(|| end - n)
    };
    let word_start = |k: usize| k == 0 || matches!(tb.get(k - 1), Some(b' ' | b'\t'));
    // `- 4 -` and `– 4 –`.
    for (open, close) in [
        (&b"- "[..], &b" -"[..]),
        ("\u{2013} ".as_bytes(), " \u{2013}".as_bytes()),
    ] {
        if let Some(body) = tb.strip_suffix(close) {
            let k = digits(body.len())?;
            let head = tb.get(..k)?;
            return head
                .ends_with(open)
                .then(|| k - open.len())
                .filter(|&k| word_start(k));
        }
    }
    let mut k = digits(tb.len())?;
    if tb.get(..k).is_some_and(|h| h.ends_with(b" of ")) {
        k = digits(k - 4)?;
    }
    let head = tb.get(..k)?;
    if head.ends_with(b"Page ") || head.ends_with(b"page ") || head.ends_with(b"PAGE ") {
        k -= 5;
    }
    word_start(k).then_some(k)
}

/// A line as a running header is compared across pages: trimmed, its numbers and runs of
/// spaces aside (`Calder Transport Review      March 2026`, page 4 or 5 alike).
fn furniture_key(line: &str) -> String {
    let mut k = String::with_capacity(line.len());
    let mut gap = false;
    for c in line.trim().chars() {
        if c.is_whitespace() {
            gap = true;
        } else if !c.is_ascii_digit() {
            if gap && !k.is_empty() {
                k.push(' ');
            }
            gap = false;
            k.push(c);
        }
    }
    k
}

/// The plain text of a document with page numbers in it (see [`page_number_line`]), its runs
/// of lines read as [`chunk`] reads them, but for a quotation a page break interrupts: a
/// run opening a quotation it does not close (`… "bus passengers in⏎the county made`) reads
/// on into the next run of text after the break when that run closes it, and an indented
/// quotation continues into indented text after the break. The break is a page number (a run
/// of its own, or the quotation's run's last line) and the runs around it that are page
/// numbers or running headers and footers: lines of at most a hundred characters whose text,
/// numbers aside, recurs beside page breaks (or at the document's top) twice or more, as
/// counted once over the document in a map of whole lines. Nothing else changes: a run that
/// closes its quotations never joins the next.
fn paged_chunks<'a>(
    src: &'a str,
    runs: &[(usize, usize)],
    paged: &[bool],
    p: &mut Parsed,
    adoc: &mut AdocQuote<'a>,
) {
    let text_of = |i: usize| {
        runs.get(i)
            .and_then(|&(s, e)| src.get(s..e))
            .unwrap_or("")
            .trim_end()
    };
    // A short run's lines (three at most, a hundred characters each), or none.
    let short = |i: usize| {
        let t = text_of(i);
        // Cheap first: its length, then its line breaks.
        (!t.is_empty()
            && t.len() <= 1200
            && memchr::memchr(b'\n', t.as_bytes()).is_none_or(|a| {
                let rest = t.as_bytes().get(a + 1..).unwrap_or(&[]);
                memchr::memchr(b'\n', rest).is_none_or(|b| {
                    memchr::memchr(b'\n', rest.get(b + 1..).unwrap_or(&[])).is_none()
                })
            })
            && t.lines()
                .all(|l| l.len() <= 100 || l.trim().chars().count() <= 100))
        .then(|| t.lines())
    };
    // Whether run `i` ends with a page number line (its own, or the last of several).
    let ends_paged = |i: usize| paged.get(i) == Some(&true);
    let page_run = |i: usize| short(i).is_some_and(|mut ls| ls.all(page_number_line));
    // A paragraph's last line is its page's footer when it is a page number set apart: a bare
    // number only indented on its own (not `… a total of⏎42`).
    let footer = |i: usize| {
        let t = text_of(i);
        let last = memchr::memrchr(b'\n', t.as_bytes())
            .and_then(|k| t.get(k + 1..))
            .unwrap_or(t);
        ends_paged(i)
            && t.contains('\n')
            && !page_run(i)
            && (indented(last) || !last.bytes().all(|b| b.is_ascii_digit()))
    };
    // The running lines beside each page break, counted once per break.
    let mut seen: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let count = |i: usize, seen: &mut std::collections::HashMap<String, u32>| {
        if let Some(lines) = short(i) {
            let mut keys: Vec<String> = lines
                .filter(|l| !page_number_line(l))
                .map(furniture_key)
                .filter(|k| !k.is_empty())
                .collect();
            keys.dedup();
            for k in keys {
                *seen.entry(k).or_insert(0) += 1;
            }
        }
    };
    count(0, &mut seen);
    let broken: Vec<usize> = (0..runs.len()).filter(|&i| ends_paged(i)).collect();
    for &i in &broken {
        if page_run(i) {
            if let Some(b) = i.checked_sub(1) {
                if b > 0 {
                    count(b, &mut seen);
                }
            }
        }
        count(i + 1, &mut seen);
    }
    let running = |l: &str| {
        let t = l.trim();
        !t.ends_with(['.', '!', '?', ',', ';', ':', '"', '\u{201D}'])
            && seen.get(&furniture_key(t)).is_some_and(|&n| n >= 2)
    };
    let furniture =
        |i: usize| short(i).is_some_and(|mut ls| ls.all(|l| page_number_line(l) || running(l)));
    let mut i = 0;
    while let Some(&(s, e)) = runs.get(i) {
        // Cheap first: a page number ends this run, or one of the three after it with only
        // short runs (a break's furniture, 400 bytes at most) between.
        let small = |k: usize| runs.get(k).is_some_and(|&(a, b)| b - a <= 400);
        let near = ends_paged(i) || (i + 1..i + 4).take_while(|&k| small(k)).any(ends_paged);
        if !near {
            chunk(src, s, e, p, adoc);
            i += 1;
            continue;
        }
        // The quotation's run: its text, a footer's page number aside.
        let foot = footer(i);
        let kept = if foot {
            let t = text_of(i);
            t.get(..t.rfind('\n').unwrap_or(t.len()))
                .unwrap_or(t)
                .trim_end()
        } else {
            text_of(i)
        };
        // Cheap first: a quotation left open (`"` or `“`), or an indented run.
        let inline = !kept.starts_with([' ', '\t']) && quote_left_open(kept);
        let block = !inline && kept.starts_with([' ', '\t']) && kept.lines().all(indented);
        // The next run of text after the break.
        let mut j = i + 1;
        let mut numbered = foot;
        if inline || block {
            while j < runs.len() && furniture(j) {
                numbered |= ends_paged(j);
                j += 1;
            }
        }
        let next = text_of(j);
        let at_break = numbered && j < runs.len() && adoc.is_none();
        if at_break && inline && plain(kept) && plain(next) && closes_first(next) {
            let mut b = Block::new(BlockKind::Paragraph, s);
            // The kept lines with their line break, then the text after the break.
            let head_end = s + kept.len();
            let nl = src
                .get(head_end..)
                .and_then(|r| r.find('\n'))
                .map_or(head_end, |k| head_end + k + 1);
            b.push_verbatim(src.get(s..nl).unwrap_or(""), s);
            let ns = runs.get(j).map_or(0, |r| r.0);
            b.push_verbatim(next, ns);
            finish(b, p);
            i = j + 1;
            continue;
        }
        // An indented quotation whose indentation resumes after the break: the break's runs
        // are no text, and the run after continues the quotation (see `paragraph`).
        let resumes = at_break
            && block
            && next
                .lines()
                .all(|l| indented(l) && indent_of(l) >= line_indent_at(src, s));
        if !resumes {
            // Anything else is read as before, whole.
            chunk(src, s, e, p, adoc);
            i += 1;
            continue;
        }
        let blocks = p.blocks.len();
        chunk(src, s, s + kept.len(), p, adoc);
        if p.blocks.len() > blocks && p.blocks.last().is_some_and(|b| b.group.is_some()) {
            i = j;
        } else {
            if foot {
                // The footer's page number, read as before.
                chunk(src, s + kept.len(), e, p, adoc);
            }
            i += 1;
        }
    }
}

/// Whether a run of text is an ordinary paragraph, no `>` reply nor AsciiDoc delimiter.
fn plain(t: &str) -> bool {
    !t.lines().any(|l| l.trim_start().starts_with('>'))
        && !adoc_delimiter(t.lines().next().unwrap_or(""), true)
}

/// Whether a paragraph leaves a quotation open: more `“` than `”`, or an odd number of `"`.
fn quote_left_open(t: &str) -> bool {
    let b = t.as_bytes();
    // Cheap first: no `"` and no byte E2 (which `“` and `”` start with), no quotation.
    if memchr::memchr2(b'"', 0xE2, b).is_none() {
        return false;
    }
    if memchr::memchr_iter(b'"', b).count() % 2 == 1 {
        return true;
    }
    // `“` and `”` both start with the byte E2.
    memchr::memchr(0xE2, b).is_some()
        && t.str_indices("\u{201C}").count() > t.str_indices("\u{201D}").count()
}

/// Whether the first quotation mark of a paragraph closes one: `”`, or `"` right after a
/// word or a sentence's mark (`… in 2019" (1)`), not before one.
fn closes_first(t: &str) -> bool {
    let Some((at, c)) = t
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '\u{201C}' | '\u{201D}'))
    else {
        return false;
    };
    match c {
        '\u{201D}' => true,
        '"' => t
            .get(..at)
            .and_then(|h| h.chars().next_back())
            .is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[')),
        _ => false,
    }
}

/// An open AsciiDoc quote block: its group and its delimiter line.
type AdocQuote<'a> = Option<(usize, &'a str)>;

/// Whether a line is an AsciiDoc quote block's delimiter: a run of four underscores (or more,
/// after a `[quote]` line), nothing else.
fn adoc_delimiter(line: &str, attributed: bool) -> bool {
    let t = line.trim_end();
    t.len() >= 4 && t.bytes().all(|b| b == b'_') && (attributed || t.len() == 4)
}

/// A run of lines between blank lines. AsciiDoc's quote block (`____` lines around it,
/// optionally a `[quote, Author, Source]` or `[verse, …]` line before) is a block quotation,
/// its paragraphs the quotation's, the attribute line and delimiters no text; it opens only
/// when the same delimiter closes it later (a line of underscores also rules off text).
/// Anything else is a paragraph.
fn chunk<'a>(src: &'a str, start: usize, end: usize, p: &mut Parsed, adoc: &mut AdocQuote<'a>) {
    let Some(para) = src.get(start..end) else {
        return;
    };
    // (line, its source offset), trailing blank lines aside.
    let mut lines: Vec<(&str, usize)> = Vec::new();
    let mut at = start;
    for l in para.trim_end().split_inclusive('\n') {
        lines.push((l, at));
        at += l.len();
    }
    let mut from = 0;
    if adoc.is_none() {
        let attr = lines.first().is_some_and(|(l, _)| {
            let t = l.trim();
            (t.starts_with("[quote") || t.starts_with("[verse")) && t.ends_with(']')
        });
        let d = usize::from(attr);
        let Some(&(delim, d_at)) = lines.get(d).filter(|(l, _)| adoc_delimiter(l, attr)) else {
            paragraph(src, start, end, p);
            return;
        };
        let delim = delim.trim_end();
        let after = d_at + lines.get(d).map_or(0, |(l, _)| l.len());
        let closes = src
            .get(after..)
            .unwrap_or("")
            .lines()
            .any(|l| l.trim_end() == delim);
        if !closes {
            paragraph(src, start, end, p);
            return;
        }
        *adoc = Some((p.groups.len(), delim));
        p.groups.push(Group {
            offset: d_at,
            cite: None,
            callout: false,
            correspondence: false,
            parent: None,
        });
        from = d + 1;
    }
    let Some((g, delim)) = *adoc else {
        return;
    };
    let close = lines
        .iter()
        .skip(from)
        .position(|(l, _)| l.trim_end() == delim)
        .map(|i| i + from);
    let to = close.unwrap_or(lines.len());
    if close.is_some() {
        *adoc = None;
    }
    if let (Some(&(_, a)), Some(&(last, b))) = (
        lines.get(from),
        to.checked_sub(1).and_then(|i| lines.get(i)),
    ) {
        if from < to {
            let bi = p.blocks.len();
            paragraph(src, a, b + last.len(), p);
            if let Some(blk) = p.blocks.get_mut(bi..) {
                for blk in blk {
                    blk.group = Some(g);
                }
            }
        }
    }
    // Text after the closing delimiter in the same run of lines.
    if let Some(&(_, a)) = close.and_then(|c| lines.get(c + 1)) {
        chunk(src, a, end, p, adoc);
    }
}

/// Whether a line is indented (two spaces or more, or a tab).
fn indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\t')
}

/// How far a line is indented, a tab counting as four spaces.
fn indent_of(line: &str) -> usize {
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// How far the source line holding byte `at` is indented.
fn line_indent_at(src: &str, at: usize) -> usize {
    let head = src.get(..at).unwrap_or("");
    let start = head.rfind('\n').map_or(0, |i| i + 1);
    indent_of(src.get(start..).unwrap_or(""))
}

/// Whether indented lines read as a quoted passage rather than code, a command or a list:
/// six words at least, no code punctuation, no line opening as a list item or prompt.
fn indented_prose(lines: &str) -> bool {
    let words = lines.split_whitespace().count();
    // A call's bracket glued to its name (`area(radius)`), not prose's `(4)` nor `word(s)`.
    let call = lines.match_indices('(').any(|(i, _)| {
        lines
            .get(..i)
            .and_then(|h| h.chars().next_back())
            .is_some_and(char::is_alphanumeric)
            && lines.get(i..).is_some_and(|r| !r.starts_with("(s)"))
    });
    // A command's option (`--all`, `-v`), not a typed dash (`one -- two`).
    let option = lines.match_indices(" -").any(|(i, _)| {
        let r = lines.get(i + 2..).unwrap_or("");
        r.strip_prefix('-')
            .unwrap_or(r)
            .starts_with(|c: char| c.is_ascii_alphabetic())
    });
    // An author–date citation closing the passage (`… want to do.⏎(Network, 2023, p. 12)`),
    // or its page alone (`… the active ingredient. (p. 31)`), may end its last line with a
    // bracket.
    let cited = cites_at_end(lines) || locator_at_end(lines);
    let last = lines.trim_end().lines().next_back().unwrap_or("");
    words >= 6
        && !call
        && !option
        && !lines.contains(['{', '}', '=', '<', '>', '|', '\\', '$', '#', '*'])
        && !["//", "::", "->"].iter().any(|c| lines.contains(c))
        && lines.lines().all(|l| {
            let t = l.trim_start();
            !t.starts_with(['-', '*', '+', '•'])
                && notes::line_label(t).is_none()
                && !t.ends_with(';')
                && (!t.ends_with(')') || cited && l == last)
        })
}

/// Whether indented lines end with an author–date citation in brackets, as academic
/// writing closes a block quotation (`(Heritage Volunteers Network, 2023, p. 12)`): a comma,
/// a year (or `n.d.`), no quotation mark, a hundred bytes at most.
fn cites_at_end(lines: &str) -> bool {
    let last = lines.trim_end().lines().next_back().unwrap_or("").trim();
    let Some(body) = last.strip_suffix(").").or_else(|| last.strip_suffix(')')) else {
        return false;
    };
    let Some(inner) = body.rfind('(').and_then(|o| body.get(o + 1..)) else {
        return false;
    };
    let year = inner
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && d.parse::<u16>().is_ok_and(|y| (1500..=2099).contains(&y)));
    inner.len() <= 100
        && inner.contains(',')
        && !inner.contains(['"', '\u{201c}', '\u{201d}', '('])
        && (year || inner.contains("n.d."))
}

/// Whether indented lines end with a page locator in brackets after the quotation's last
/// sentence, as APA closes a block quotation whose source the text before it names
/// (`… appears to be the active ingredient. (p. 31)`, `(pp. 4–5)`, `(para. 3)`).
fn locator_at_end(lines: &str) -> bool {
    let last = lines.trim_end().lines().next_back().unwrap_or("").trim();
    let Some(body) = last.strip_suffix(").").or_else(|| last.strip_suffix(')')) else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let (Some(before), Some(inner)) = (body.get(..open), body.get(open + 1..)) else {
        return false;
    };
    let Some(number) = ["pp.", "p.", "paras.", "para.", "¶"]
        .iter()
        .find_map(|l| inner.strip_prefix(l))
    else {
        return false;
    };
    let number = number.trim_start();
    // After the sentence (or on a line of its own), not a sentence's own bracket.
    (before.trim_end().ends_with(['.', '!', '?', '…', '”', '"']) || before.trim().is_empty())
        && inner.len() <= 24
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | ',' | ' '))
}

/// The sentence a paragraph `text` ends with, over its last two lines at most (`… who
/// summed up⏎her experiment like this:`): what [`introduces_quote`] reads.
fn last_sentence(text: &str) -> &str {
    let t = text.trim_end();
    let last = t.rfind('\n').map_or(0, |i| i + 1);
    if !colon_end(t).ends_with(':') {
        // No introduction: the last line is enough to say so.
        return t.get(last..).unwrap_or(t);
    }
    let from = t
        .get(..last.saturating_sub(1))
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |i| i + 1);
    let tail = t.get(from..).unwrap_or(t);
    // After the last sentence's end before it (`Many of you wrote in. The most …`).
    let cut = tail
        .char_indices()
        .zip(tail.chars().skip(1))
        .filter(|&((_, c), next)| matches!(c, '.' | '?' | '!') && next.is_whitespace())
        .last()
        .map_or(0, |((i, _), _)| i + 1);
    tail.get(cut..).unwrap_or(tail).trim_start()
}

/// Whether a sentence introduces a quotation set off under it: it ends with a colon and says
/// who said or wrote it (`As the review put it (4):`, `The minister wrote:`), or carries a
/// note's marker; not `Send it to:`, `The steps are:`, `Attendees:`.
fn introduces_quote(line: &str) -> bool {
    let t = line.trim_end();
    if !colon_end(t).ends_with(':') || notes::is_notes_heading(t) {
        return false;
    }
    const SAYING: [&str; 23] = [
        " put it",
        // `… will close two libraries, according to the cabinet report:`.
        "according to",
        " puts it",
        "in the words of",
        "to quote",
        "in full",
        "wrote",
        "writes",
        "said",
        "says",
        "states",
        "stated",
        "reads",
        "noted",
        "notes",
        "argued",
        "argues",
        "concluded",
        "explained",
        "told",
        "warned",
        "observed",
        "remarked",
    ];
    let lower = t.to_lowercase();
    let marker = |open: char, close: char| {
        lower.match_indices(open).any(|(i, _)| {
            let r = lower.get(i + 1..).unwrap_or("");
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            (1..=3).contains(&d) && r.get(d..).is_some_and(|x| x.starts_with(close))
        })
    };
    SAYING.iter().any(|w| lower.contains(w))
        || replies(&lower)
        || marker('(', ')')
        || marker('[', ']')
        || superscript_marker_at_colon(t)
}

/// Whether a superscript note number stands against the closing colon of `t` (trimmed),
/// after it (`… do not:³`) or before it after a word (`… do not³:`); not a unit's power
/// (`Area in m²:`, `per km²:`: a word of one or two letters before it).
fn superscript_marker_at_colon(t: &str) -> bool {
    if t.ends_with(notes::is_superscript) {
        return colon_end(t) != t;
    }
    let Some(head) = t.strip_suffix(':') else {
        return false;
    };
    let word = head.trim_end_matches(notes::is_superscript);
    let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).count();
    word.len() < head.len() && (letters >= 3 || word.ends_with(['.', '"', '\u{201D}', ')']))
}

/// `t` (trimmed at its end) without the note's marker that may follow its closing colon, as
/// notes styles place it after the punctuation (`… the histories do not:³`, `… put it:[3]`,
/// `…:(3)`), so that the colon is seen to end it; `t` itself when none does.
fn colon_end(t: &str) -> &str {
    if t.ends_with(':') {
        return t;
    }
    let sup = t.trim_end_matches(|c: char| notes::is_superscript(c) || c == ',');
    let head = if t.ends_with(notes::is_superscript) {
        sup
    } else {
        let Some(close) = t.chars().last().filter(|c| matches!(c, ')' | ']')) else {
            return t;
        };
        let open = if close == ')' { '(' } else { '[' };
        let inner = t.get(..t.len() - 1).unwrap_or("");
        let digits = inner.trim_end_matches(|c: char| c.is_ascii_digit());
        if !(1..=3).contains(&(inner.len() - digits.len())) {
            return t;
        }
        match digits.strip_suffix(open) {
            Some(h) => h,
            None => return t,
        }
    };
    if head.ends_with(':') {
        head
    } else {
        t
    }
}

/// Whether a lower-cased introduction sums up, replies or describes in the shapes that
/// introduce a quotation, word for word: `… summed up her experiment like this:`, `Her
/// reply was blunt:`, `The installer described the result:`, `She replied:`. A verb needs a
/// subject before it and, after it, nothing or its object (`the`, `her`, `it`, …): not
/// `The steps are described below:`, `Variables declared by the installer:`, `Frequently
/// answered questions:`, nor a word holding one (`Unanswered questions:`). Not `Answer:` or
/// `Response:` either, a Q&A's labels over its text.
fn replies(lower: &str) -> bool {
    const VERBS: [&str; 8] = [
        "replied",
        "answered",
        "responded",
        "described",
        "recalled",
        "insisted",
        "admitted",
        "declared",
    ];
    const OBJECTS: [&str; 18] = [
        "a", "an", "the", "her", "his", "their", "its", "my", "our", "your", "this", "that", "it",
        "them", "him", "me", "us", "simply",
    ];
    // Cheap first: none of the stems, no reading.
    if ![
        "summ", "sums", "repl", "answer", "respon", "descri", "recall", "insist", "admit", "declar",
    ]
    .iter()
    .any(|stem| lower.contains(stem))
    {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    (0..words.len()).any(|i| match at(i) {
        "summed" | "sums" => at(i + 1) == "up" || (at(i + 1) == "it" && at(i + 2) == "up"),
        "reply" | "answer" | "response" => at(i + 1) == "was",
        w if VERBS.contains(&w) => i > 0 && (i + 1 == words.len() || OBJECTS.contains(&at(i + 1))),
        _ => false,
    })
}

/// Where an indented quotation starts in a paragraph (byte offset into it), as memos, e-mails
/// and RFC-style text set one off: the indented lines closing a paragraph whose last line
/// before them introduces them (`… put it (4):`), or a wholly indented paragraph after one
/// ending so (`after_colon`), or continuing such a quotation (`continues`). Not in a notes
/// section (its lines may be indented), not code.
///
/// `base` is how far the text around is indented: the introducing paragraph's indentation
/// (after a colon), or the quotation's own (continuing it). A quotation is indented further
/// than the line introducing it, and a paragraph continues one only as deep as it, so that
/// in a document indented throughout (an RFC's three spaces) the text after a quotation is
/// no part of it.
fn indented_quote_start(
    para: &str,
    after_colon: bool,
    continues: bool,
    base: usize,
) -> Option<usize> {
    let mut at = 0;
    let mut prev: Option<&str> = None;
    for line in para.split_inclusive('\n') {
        if indented(line) {
            let (opens, min) = match prev {
                Some(p) => (
                    introduces_quote(last_sentence(para.get(..at).unwrap_or(p))),
                    indent_of(p) + 1,
                ),
                None if continues => (true, base),
                None => (after_colon, base + 1),
            };
            if opens {
                let rest = para.get(at..)?;
                return (rest.lines().all(|l| indented(l) && indent_of(l) >= min)
                    && indented_prose(rest))
                .then_some(at);
            }
            return None;
        }
        prev = Some(line);
        at += line.len();
    }
    None
}

fn paragraph(src: &str, start: usize, end: usize, p: &mut Parsed) {
    let Some(para) = src.get(start..end) else {
        return;
    };
    let para_trim = para.trim_end();
    if let Some((label, skip)) = bracketed_note(para_trim) {
        // A transcribed book's note, set in brackets under the paragraph citing it
        // (`[Footnote 1: Title (London, 1822), p. 141.]`): a note defined where it stands,
        // its text without the brackets and the word before its label.
        p.notes.push(NoteDef {
            label: label.clone(),
            offset: start + (para.len() - para.trim_start().len()),
            end: start + para_trim.len(),
        });
        note_paragraph(start, para_trim, skip, para_trim.len() - 1, label, p);
        return;
    }
    // The block before: whether it introduces a quotation (ends with `:`), or is an indented
    // quotation this paragraph may continue.
    let (after_colon, continues, base) = p.blocks.last().map_or((false, false, 0), |b| {
        let indent_group = b.group.is_some()
            && src
                .get(b.src_start.saturating_sub(2)..b.src_start)
                .is_some_and(|w| w.ends_with([' ', '\t']));
        (
            b.group.is_none()
                && (introduces_quote(last_sentence(&b.text))
                    || colon_end(b.text.trim_end()).ends_with(':')
                        && (cites_at_end(para_trim) || locator_at_end(para_trim))),
            indent_group,
            line_indent_at(src, b.src_start),
        )
    });
    if let Some(k) = indented_quote_start(para_trim, after_colon, continues, base) {
        if k > 0 {
            paragraph(src, start, start + k, p);
        }
        let g = if continues && k == 0 {
            p.blocks.last().and_then(|b| b.group)
        } else {
            None
        };
        let body = para_trim.get(k..).unwrap_or("");
        let lead = body.len() - body.trim_start().len();
        let g = g.unwrap_or_else(|| {
            p.groups.push(Group {
                offset: start + k + lead,
                cite: None,
                callout: false,
                correspondence: false,
                parent: None,
            });
            p.groups.len() - 1
        });
        let mut b = Block::new(BlockKind::Paragraph, start + k + lead);
        b.group = Some(g);
        let mut off = start + k;
        for line in body.split_inclusive('\n') {
            let lead = line.len() - line.trim_start().len();
            b.push_verbatim(line.get(lead..).unwrap_or(""), off + lead);
            off += line.len();
        }
        finish(b, p);
        return;
    }
    let quoted = para_trim.lines().all(|l| l.trim_start().starts_with('>'));
    // Reply lines with the answer written right under them (`> The levy … [1].⏎Really? …`),
    // maybe after a line of the answer's own: the quoted lines are a quotation of their own.
    if !quoted {
        if let Some(k) = reply_run_split(para_trim) {
            paragraph(src, start, start + k, p);
            paragraph(src, start + k, end, p);
            return;
        }
    }
    // An e-mail's reply under its attribution line (`Sam wrote:⏎> …⏎> …`): the quoted lines
    // are a quotation of their own, without their `>`.
    if !quoted {
        let mut at = 0;
        let mut split = None;
        for line in para_trim.split_inclusive('\n') {
            let q = line.trim_start().starts_with('>');
            if q && split.is_none() && at > 0 {
                split = Some(at);
            } else if !q {
                split = None;
            }
            at += line.len();
        }
        if let Some(k) = split {
            paragraph(src, start, start + k, p);
            paragraph(src, start + k, end, p);
            return;
        }
    }
    if quoted {
        if let Some(k) = quoted_notes_start(para_trim) {
            // A reply carrying its own notes (`> … latest" [1].⏎>⏎> [1] https://…`): the
            // quotation ends before them, and they are read as notes, without their `>`.
            paragraph(src, start, start + k, p);
            let mut b = Block::new(BlockKind::Paragraph, start + k);
            let mut off = start + k;
            for line in para_trim.get(k..).unwrap_or("").split_inclusive('\n') {
                let lead = line.len() - line.trim_start().len();
                let body = line.get(lead + 1..).unwrap_or("");
                let trimmed = body.trim_start_matches([' ', '\t']);
                b.push_verbatim(trimmed, off + lead + 1 + body.len() - trimmed.len());
                off += line.len();
            }
            finish(b, p);
            return;
        }
    }
    let mut b = Block::new(BlockKind::Paragraph, start);
    if quoted {
        // Strip the `>` of every line, keeping the map exact line by line.
        let g = p.groups.len();
        p.groups.push(Group {
            offset: start + (para.len() - para.trim_start().len()),
            cite: None,
            callout: false,
            correspondence: false,
            parent: None,
        });
        b.group = Some(g);
        let mut off = start;
        for line in para_trim.split_inclusive('\n') {
            let lead = line.len() - line.trim_start().len();
            // A nested reply's further `>` marks (`> > The council says …`) go too: they
            // are the mail's layout, not the quoted words.
            let mut cut = lead + 1;
            loop {
                let rest = line.get(cut..).unwrap_or("");
                let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                if rest.get(gap..).is_some_and(|r| r.starts_with('>')) {
                    cut += gap + 1;
                } else {
                    break;
                }
            }
            let body = line.get(cut..).unwrap_or("");
            b.push_verbatim(body, off + cut);
            off += line.len();
        }
    } else {
        b.push_verbatim(para_trim, start);
        if !para_trim.contains('\n') && notes::is_notes_heading(para_trim) {
            b.kind = BlockKind::Heading;
        }
    }
    finish(b, p);
}

/// One paragraph of a bracketed note labelled `label` (`para`, at source offset `start`):
/// its text from byte `from` to byte `to`, its italics set with underscores (`_Cottage
/// Economy_`) read without them.
fn note_paragraph(start: usize, para: &str, from: usize, to: usize, label: String, p: &mut Parsed) {
    let at0 = start + from;
    let mut b = Block::new(BlockKind::Paragraph, at0);
    let body = para.get(from..to).unwrap_or("");
    let mut at = 0;
    for (s, e) in underscored(body) {
        b.push_verbatim(body.get(at..s - 1).unwrap_or(""), at0 + at);
        let i = b.text.len();
        b.push_verbatim(body.get(s..e).unwrap_or(""), at0 + s);
        b.italics.push((i, b.text.len()));
        at = e + 1;
    }
    b.push_verbatim(body.get(at..).unwrap_or(""), at0 + at);
    b.note = Some(label);
    finish(b, p);
}

/// The most paragraphs one bracketed note runs over.
const NOTE_PARAGRAPHS: usize = 6;

/// A bracketed note run over paragraphs (`[Footnote 1: Cobbett, …` then a paragraph more
/// ending `… p. 77.]`), starting at run `i` of `runs`: the index of its last run. The first
/// run must open the note as [`bracketed_note`] reads one and leave its bracket open; the
/// bracket must close at the very end of a later run, within [`NOTE_PARAGRAPHS`], and no
/// run between may open another note or close the bracket before its end.
fn note_over_paragraphs(src: &str, runs: &[(usize, usize)], i: usize) -> Option<usize> {
    let &(s, e) = runs.get(i)?;
    let first = src.get(s..e)?.trim_end();
    // (Cheap first: a run that starts with a bracket.)
    if !first.trim_start().starts_with('[') || first.ends_with(']') {
        return None;
    }
    note_opener(first)?;
    let mut depth = bracket_depth(first, 0)?;
    if depth == 0 {
        return None;
    }
    for j in i + 1..runs.len().min(i + NOTE_PARAGRAPHS) {
        let &(s, e) = runs.get(j)?;
        let t = src.get(s..e)?.trim_end();
        if note_opener(t).is_some() {
            return None;
        }
        depth = bracket_depth(t, depth)?;
        if depth == 0 {
            return t.ends_with(']').then_some(j);
        }
    }
    None
}

/// The depth of `[` brackets after `t`, from `depth` before it; `None` when they close
/// below zero, or all close before the end of `t` (text after the note).
fn bracket_depth(t: &str, mut depth: usize) -> Option<usize> {
    for (i, c) in t.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 && i + 1 < t.len() {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(depth)
}

/// Reads the runs `i..=j` of `runs` as one bracketed note over paragraphs
/// ([`note_over_paragraphs`]): each paragraph a block of the note, the first without its
/// bracket and word, the last without its closing bracket.
fn paragraphs_of_note(src: &str, runs: &[(usize, usize)], i: usize, j: usize, p: &mut Parsed) {
    let (Some(&(s0, _)), Some(&(sj, ej))) = (runs.get(i), runs.get(j)) else {
        return;
    };
    let Some((label, skip)) = src.get(s0..).and_then(note_opener) else {
        return;
    };
    let lead = |t: &str| t.len() - t.trim_start().len();
    let first = src.get(s0..).unwrap_or("");
    let last = src.get(sj..ej).unwrap_or("").trim_end();
    p.notes.push(NoteDef {
        label: label.clone(),
        offset: s0 + lead(first),
        end: sj + last.len(),
    });
    for k in i..=j {
        let Some(&(s, e)) = runs.get(k) else { continue };
        let para = src.get(s..e).unwrap_or("").trim_end();
        let from = if k == i { skip } else { lead(para) };
        let to = if k == j {
            para.len().saturating_sub(1)
        } else {
            para.len()
        };
        note_paragraph(s, para, from.min(to), to, label.clone(), p);
    }
}

/// A paragraph that is one note in brackets, as transcribed books set them (`[Footnote 1:
/// William Cobbett, …, p. 141.]`, `[Note A: …]`): the note's label and where its text
/// starts. The paragraph must close with the bracket, and hold no other bracket pair
/// closing before its end at the same depth.
fn bracketed_note(para: &str) -> Option<(String, usize)> {
    let (label, skip) = note_opener(para)?;
    let t = para.trim_start();
    if !t.ends_with(']') {
        return None;
    }
    // The opening bracket is the one the paragraph's last bracket closes.
    if bracket_depth(t, 0)? != 0 {
        return None;
    }
    Some((label, skip))
}

/// The opening of a bracketed note (`[Footnote 1: `, `[Note A: `): its label and where its
/// text starts in `para`.
fn note_opener(para: &str) -> Option<(String, usize)> {
    let lead = para.len() - para.trim_start().len();
    let t = para.get(lead..)?;
    let rest = t.strip_prefix('[')?;
    let word = rest
        .get(..9)
        .filter(|w| w.eq_ignore_ascii_case("footnote "));
    let word = word.or_else(|| rest.get(..5).filter(|w| w.eq_ignore_ascii_case("note ")))?;
    let rest = rest.get(word.len()..)?;
    let colon = rest.get(..rest.len().min(14))?.find(':')?;
    let label = rest.get(..colon)?.trim();
    if label.is_empty()
        || label.chars().count() > 8
        || !label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '*' | '†' | '‡' | '§'))
    {
        return None;
    }
    let body = rest.get(colon + 1..)?;
    let skip = para.len() - body.trim_start().len();
    Some((label.to_string(), skip))
}

/// The runs a transcription sets in italics with underscores (`_Cottage Economy_`): byte
/// ranges of the words between an underscore opening a word and one closing a word.
fn underscored(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    for i in memchr::memchr_iter(b'_', bytes) {
        let before = i.checked_sub(1).and_then(|k| bytes.get(k)).copied();
        let after = bytes.get(i + 1).copied();
        let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80);
        // An underscore opens a run after a space or an opening mark and closes one before
        // a space or a closing mark: never inside an address or a name (`/files/_raw_/`,
        // `__init__.py`; review of the sixty-fifth session: a note's URL lost its
        // underscores).
        let opens = |c: Option<u8>| {
            c.is_none_or(|c| c.is_ascii_whitespace() || b"([\"'".contains(&c) || c >= 0x80)
        };
        let closes = |c: Option<u8>| {
            c.is_none_or(|c| c.is_ascii_whitespace() || b".,;:!?)]\"'".contains(&c) || c >= 0x80)
        };
        match open {
            None if opens(before) && word(after) => open = Some(i + 1),
            Some(o) if word(before) && closes(after) => {
                out.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Where a paragraph mixing `>` reply lines with unquoted ones is cut (a byte offset into it)
/// so that a run of `>` lines followed by unquoted ones stands apart: after the run when the
/// paragraph opens with it, before it when a line ending a sentence (or a colon) comes
/// first. Only a run that ends a sentence (`… next year [1].`) with a new one, a capital,
/// opening the line after it (`Really? …`): `Applicants aged⏎> 65 are exempt⏎from …` is a
/// wrapped line. A run closing the paragraph is cut off by the caller as it was.
fn reply_run_split(para: &str) -> Option<usize> {
    // Cheap first: no line opening with `>` after the first.
    if !para.contains("\n>") && !para.trim_start().starts_with('>') {
        return None;
    }
    let quoted = |l: &str| l.trim_start().starts_with('>');
    let mut at = 0;
    let mut prev: Option<&str> = None;
    let mut run: Option<(usize, Option<&str>)> = None;
    let mut last_quoted = "";
    for line in para.split_inclusive('\n') {
        if quoted(line) {
            if run.is_none() {
                run = Some((at, prev));
            }
            last_quoted = line;
        } else if let Some((run_at, before)) = run {
            let ends_sentence = |l: &str| {
                let t = l.trim_end();
                t.ends_with(['.', '!', '?', ']', ')', '\u{201D}', '"'])
                    && t.trim_start_matches(['>', ' ', '\t']).len() > 1
            };
            let answer = line.trim_start().starts_with(char::is_uppercase);
            if !(ends_sentence(last_quoted) && answer) {
                return None;
            }
            return match before {
                None => Some(at),
                Some(b) if ends_sentence(b) || b.trim_end().ends_with(':') => Some(run_at),
                Some(_) => None,
            };
        }
        prev = Some(line);
        at += line.len();
    }
    None
}

/// Where the notes of a `>`-quoted paragraph start (the offset of their first line), when
/// its last lines, after a line of `>` alone, are all bracketed notes (`> [1] https://…`)
/// or the indented lines that carry one on.
fn quoted_notes_start(para: &str) -> Option<usize> {
    // Cheap first: a bracket opening a line's text after its `>`.
    if !para.contains("> [") && !para.contains(">[") {
        return None;
    }
    let mut at = 0;
    let mut start = None;
    let mut notes = 0;
    for line in para.split_inclusive('\n') {
        let body = line.trim_start().get(1..).unwrap_or("");
        if body.trim().is_empty() {
            start = Some(at + line.len());
            notes = 0;
        } else if start.is_some() {
            let t = body.trim_start_matches([' ', '\t']);
            let noted = t.starts_with('[') && notes::line_label(t).is_some();
            if noted {
                notes += 1;
            } else if notes == 0 || body.len() - t.len() < 2 {
                // Neither a note nor a note's indented continuation.
                start = None;
            }
        }
        at += line.len();
    }
    start.filter(|&s| notes > 0 && s < para.len())
}

/// A block's code spans and links found, and the block added.
fn finish(mut b: Block, p: &mut Parsed) {
    let bi = p.blocks.len();
    let first_link = p.links.len();
    // Backtick spans on one line (`` `severity: "2"` ``) are code, as in Markdown: their
    // quote marks and brackets are no quotations or markers (their URLs are still links).
    let text = b.text.clone();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'`', text.as_bytes().get(i..).unwrap_or(&[])) {
        let open = i + k;
        let rest = text.get(open + 1..).unwrap_or("");
        let line = rest.find('\n').unwrap_or(rest.len());
        match rest.get(..line).and_then(|l| l.find('`')) {
            Some(c) if c > 0 => {
                b.code.push((open, open + 1 + c + 1));
                i = open + c + 2;
            }
            _ => i = open + 1,
        }
    }
    // A shell command at its prompt (`    $ fluxlog --tag "release candidate build"`) is
    // code: its quoted argument is no quotation.
    if text.contains("$ ") {
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_start();
            let indent = line.len() - body.len();
            let command = body.strip_prefix("$ ").is_some_and(|cmd| {
                cmd.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '/')
                    && (indent > 0 || cmd.contains(" -"))
            });
            if command {
                b.code.push((at + indent, at + line.trim_end().len()));
            }
            at += line.len();
        }
        b.code.sort_unstable();
    }
    // `[text](url)` links first; their ranges are not searched again for bare URLs.
    let mut covered: Vec<(usize, usize)> = Vec::new();
    if text.contains("](") {
        for c in MD_LINK_RE.captures_iter(&text) {
            let (Some(whole), Some(label), Some(url)) = (c.get(0), c.get(2), c.get(3)) else {
                continue;
            };
            let image = c.get(1).is_some_and(|m| !m.as_str().is_empty());
            p.links.push(RawLink {
                raw: url.as_str().to_string(),
                kind: if image {
                    LinkKind::Image
                } else {
                    LinkKind::Link
                },
                text: label.as_str().to_string(),
                offset: b.src_of(whole.start()),
                span: Some((bi, whole.start(), whole.end())),
                group: None,
            });
            covered.push((whole.start(), whole.end()));
        }
    }
    let mut found = Vec::new();
    let mut from = 0;
    for &(cs, ce) in covered
        .iter()
        .chain(std::iter::once(&(text.len(), text.len())))
    {
        if let Some(piece) = text.get(from..cs) {
            bare_links(piece, from, Some(bi), &|t| b.src_of(t), &mut found);
        }
        from = ce;
    }
    push_bare_links(&text, found, &mut p.links);
    if let Some(new) = p.links.get_mut(first_link..) {
        new.sort_by_key(|l| l.offset);
    }
    p.blocks.push(b);
}
