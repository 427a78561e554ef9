//! Static-site generators' syntax in Markdown sources, which CommonMark does not know and
//! would misread:
//! - **code shortcodes** (Jekyll's `{% highlight ruby %}` … `{% endhighlight %}`, Hugo's
//!   `{{< highlight go >}}` … `{{< /highlight >}}`) and Liquid comments (`{% comment %}` …
//!   `{% endcomment %}`): everything between the tags is code, or never shown. CommonMark
//!   reads a `# comment` line in the code as a heading and ends the paragraph at a blank
//!   line, so the strings after it became quotations. The tag lines are rewritten, byte for
//!   byte in place, into a tilde fence around the code ([`code_tags_to_fences`]), so
//!   pulldown-cmark reads a fenced code block and every offset stays the source's;
//! - **indented containers** of Python-Markdown (MkDocs): admonitions (`!!! note "Title"`,
//!   `??? tip`, `???+ quote`) and content tabs (`=== "Tab"`), whose body is indented by four
//!   spaces under the header line. CommonMark reads an indented paragraph after a blank line
//!   as indented code, so a body was dropped whole (text, quotations, links). The bodies are
//!   found here ([`containers`]); the Markdown front end reads each on its own, unindented,
//!   where it stands (see `markdown::State::read_container`).

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use super::super::{Parsed, Seg};

/// What the line scanner is inside of (see [`LineScan`]).
pub(crate) struct LineScan {
    /// An open fenced code block: its character and run length.
    fence: Option<(u8, usize)>,
    /// An open raw HTML block that only its end marker closes (CommonMark types 1 to 5).
    raw_end: Option<&'static str>,
    /// An open HTML block that a blank line ends (types 6 and 7).
    html: bool,
    /// The last line was blank (or there was none): an HTML block of type 7 may start.
    after_blank: bool,
}

impl Default for LineScan {
    fn default() -> Self {
        LineScan {
            fence: None,
            raw_end: None,
            html: false,
            after_blank: true,
        }
    }
}

impl LineScan {
    /// Takes in `line` (without its line break); whether the line stood outside fenced
    /// code and HTML blocks, in plain Markdown, before it was taken in. The large-document
    /// cutter (`md_chunks::cut_points`) scans with it too, so that a chunk starts where
    /// this scan, run over the whole text, would be outside every block it tracks.
    pub(crate) fn plain(&mut self, line: &str) -> bool {
        let blank = line.bytes().all(|c| matches!(c, b' ' | b'\t' | b'\r'));
        let after_blank = std::mem::replace(&mut self.after_blank, blank);
        if let Some(marker) = self.raw_end {
            if super::super::contains_ignore_ascii_case(line, marker) {
                self.raw_end = None;
            }
            return false;
        }
        let indent = line.bytes().take(4).take_while(|&c| c == b' ').count();
        let body = if indent < 4 { &line[indent..] } else { "" };
        if let Some((ch, n)) = self.fence {
            let run = body.bytes().take_while(|&c| c == ch).count();
            if run >= n && super::ends_closing_fence(&body[run..]) {
                self.fence = None;
            }
            return false;
        }
        if self.html {
            self.html = !blank;
            return false;
        }
        if let Some(&ch @ (b'`' | b'~')) = body.as_bytes().first() {
            let run = body.bytes().take_while(|&c| c == ch).count();
            if run >= 3 && (ch == b'~' || !body[run..].contains('`')) {
                self.fence = Some((ch, run));
                return false;
            }
        } else if body.starts_with('<') {
            self.raw_end = super::raw_html_unclosed(body);
            if self.raw_end.is_some() {
                return false;
            }
            // CommonMark's HTML blocks that a blank line ends: one opening with a block
            // element's tag (type 6), or, after a blank line, a line that is one whole tag
            // (type 7). A line of inline HTML and text (`<a href="#fn1">1</a> …`) is a
            // paragraph: taken for a block, it hid the fence after it from this scan.
            if block_tag_line(body) || (after_blank && lone_tag_line(body)) {
                self.html = true;
                return false;
            }
        }
        true
    }

    /// Whether a fenced code block or a raw HTML block is open (a blank line there is no
    /// break between paragraphs).
    pub(crate) fn in_code_or_raw(&self) -> bool {
        self.fence.is_some() || self.raw_end.is_some()
    }
}

/// The tag name after `<` or `</` at the start of `body`, and the rest after it.
fn tag_name(body: &str) -> Option<(&str, &str)> {
    let rest = body.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let name = &rest[..end];
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        .then_some((name, &rest[end..]))
}

/// Whether a line opens an HTML block of CommonMark's type 6: `<div`, `</table>`, … (a block
/// element's name, then a space, `>`, `/>` or the line's end).
fn block_tag_line(body: &str) -> bool {
    const BLOCK: [&str; 62] = [
        "address",
        "article",
        "aside",
        "base",
        "basefont",
        "blockquote",
        "body",
        "caption",
        "center",
        "col",
        "colgroup",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "iframe",
        "legend",
        "li",
        "link",
        "main",
        "menu",
        "menuitem",
        "nav",
        "noframes",
        "ol",
        "optgroup",
        "option",
        "p",
        "param",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "ul",
    ];
    tag_name(body).is_some_and(|(name, rest)| {
        BLOCK.iter().any(|b| b.eq_ignore_ascii_case(name))
            && (rest.is_empty() || rest.starts_with(['>', ' ', '\t']) || rest.starts_with("/>"))
    })
}

/// Whether a line is one whole open or closing tag and nothing else but spaces (CommonMark's
/// type 7, as far as a line scan tells: quoted attribute values may hold `>`).
fn lone_tag_line(body: &str) -> bool {
    let Some((_, rest)) = tag_name(body) else {
        return false;
    };
    let mut quote: Option<char> = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return rest[i + 1..].trim().is_empty(),
            (None, '<') => return false,
            _ => {}
        }
    }
    false
}

/// The lines of `text`: (start, end without the line break, start of the next line).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= b.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', b.get(start..)?).map_or(b.len(), |i| start + i);
        let line = (start, end, end + 1);
        start = end + 1;
        Some(line)
    })
}

/// MDX comments (`{/* … */}`, JSX expressions holding only a comment) blanked out, byte for
/// byte in place (line breaks kept, so every offset and line stays the source's): MDX never
/// renders them, so a URL in one is no link and a quotation in one no quote. Only an `.mdx`
/// file has them (in any other Markdown the braces are text): the caller decides. A comment
/// runs to the first `*/`; the braces go with it when only blanks stand between. One left
/// open is left as written. (Outside code: see [`blank_comments`].)
pub(crate) fn blank_mdx_comments(text: &str) -> Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b"/*").is_none() {
        return Cow::Borrowed(text);
    }
    let blank = |c: u8| matches!(c, b' ' | b'\t');
    blank_comments(text, |b, i, e| {
        let open = i + memchr::memchr(b'{', b.get(i..e)?)?;
        let mut j = open + 1;
        while b.get(j).copied().is_some_and(blank) {
            j += 1;
        }
        if !b.get(j..).is_some_and(|r| r.starts_with(b"/*")) {
            return Some(Found::Not(open + 1));
        }
        let k = memchr::memmem::find(b.get(j + 2..)?, b"*/")?;
        let end = j + 2 + k + 2;
        let mut m = end;
        while b
            .get(m)
            .copied()
            .is_some_and(|c| blank(c) || c == b'\r' || c == b'\n')
        {
            m += 1;
        }
        Some(if b.get(m) == Some(&b'}') {
            Found::Comment(open, m + 1)
        } else {
            Found::Comment(j, end)
        })
    })
}

/// Obsidian's comments (`%%…%%`, within a line or over several) blanked out as
/// [`blank_mdx_comments`] blanks MDX's: Obsidian never shows them, so a source link or a
/// quotation kept in one is no citation. Any Markdown may hold them (a vault's notes are
/// `.md` files); `%%` in prose is rare, and one left open is left as written.
pub(crate) fn blank_obsidian_comments(text: &str) -> Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b"%%").is_none() {
        return Cow::Borrowed(text);
    }
    blank_comments(text, |b, i, e| {
        let open = i + memchr::memmem::find(b.get(i..e)?, b"%%")?;
        let k = memchr::memmem::find(b.get(open + 2..)?, b"%%")?;
        Some(Found::Comment(open, open + 2 + k + 2))
    })
}

/// What a comment finder saw on a line from a given offset.
enum Found {
    /// A comment over this byte range (it may run past the line).
    Comment(usize, usize),
    /// Something that looked like one and is not: look again from this offset.
    Not(usize),
}

/// `text` with the comments `find` finds blanked, byte for byte in place (line breaks
/// kept, so every offset and line stays the source's), outside fenced code and code spans
/// (a code span is told by an odd count of backticks before the comment on its line).
/// `find(bytes, from, line_end)` looks for the next comment starting in `from..line_end`;
/// `None` when there is none (or it is left open).
fn blank_comments(text: &str, find: impl Fn(&[u8], usize, usize) -> Option<Found>) -> Cow<'_, str> {
    let b = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut fence: Option<(u8, usize)> = None;
    // Where the last comment blanked ended: text before it is done.
    let mut done = 0;
    for (s, e, _) in lines(text) {
        if e < done {
            continue;
        }
        if s >= done {
            let line = text.get(s..e).unwrap_or("");
            let indent = line.bytes().take(4).take_while(|&c| c == b' ').count();
            let body = if indent < 4 { &line[indent..] } else { "" };
            if let Some((ch, n)) = fence {
                let run = body.bytes().take_while(|&c| c == ch).count();
                if run >= n && super::ends_closing_fence(&body[run..]) {
                    fence = None;
                }
                continue;
            }
            if let Some(&ch @ (b'`' | b'~')) = body.as_bytes().first() {
                let run = body.bytes().take_while(|&c| c == ch).count();
                if run >= 3 && (ch == b'~' || !body[run..].contains('`')) {
                    fence = Some((ch, run));
                    continue;
                }
            }
        }
        let mut i = s.max(done);
        while let Some(found) = find(b, i, e) {
            let (from, end) = match found {
                Found::Not(next) => {
                    i = next;
                    continue;
                }
                Found::Comment(from, end) => (from, end),
            };
            if b.get(s..from)
                .is_some_and(|r| r.iter().filter(|&&c| c == b'`').count() % 2 == 1)
            {
                i = from + 1;
                continue;
            }
            let o = out.get_or_insert_with(|| b.to_vec());
            for c in o.get_mut(from..end).unwrap_or(&mut []) {
                if !matches!(*c, b'\n' | b'\r') {
                    *c = b' ';
                }
            }
            done = end;
            i = end;
            if end > e {
                break;
            }
        }
    }
    // Whole characters were blanked (a comment opens and closes on ASCII bytes).
    out.and_then(|o| String::from_utf8(o).ok())
        .map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The kinds of code tags, by what closes them.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Closer {
    /// `{% endhighlight %}`
    LiquidHighlight,
    /// `{% endcomment %}`
    LiquidComment,
    /// `{{< /highlight >}}`, `{{% /highlight %}}`
    HugoHighlight,
    /// `{{< /code >}}`
    HugoCode,
}

/// The words inside a template tag alone on its line (`{% highlight ruby %}` → `highlight
/// ruby`, `{{< /highlight >}}` → `/highlight`), and whether it is Liquid's (`{% %}`) or
/// Hugo's (`{{< >}}`, `{{% %}}`); trimmed of blanks and Liquid's `-` whitespace control.
fn tag_words(tag: &str) -> Option<(&str, bool)> {
    let (inner, liquid) = if let Some(r) = tag.strip_prefix("{%") {
        (r.strip_suffix("%}")?, true)
    } else if let Some(r) = tag.strip_prefix("{{<") {
        (r.strip_suffix(">}}")?, false)
    } else if let Some(r) = tag.strip_prefix("{{%") {
        (r.strip_suffix("%}}")?, false)
    } else {
        return None;
    };
    let inner = if liquid {
        inner.trim().trim_start_matches('-').trim_end_matches('-')
    } else {
        inner
    };
    Some((inner.trim(), liquid))
}

/// The closer a line opening a code region waits for: a tag alone on its line.
fn opening(tag: &str) -> Option<Closer> {
    let (words, liquid) = tag_words(tag)?;
    let name = words.split_whitespace().next()?;
    match (liquid, name) {
        (true, "highlight") => Some(Closer::LiquidHighlight),
        (true, "comment") if words == "comment" => Some(Closer::LiquidComment),
        (false, "highlight") => Some(Closer::HugoHighlight),
        (false, "code") => Some(Closer::HugoCode),
        _ => None,
    }
}

/// Whether a tag alone on its line closes a `closer` region.
fn closes(tag: &str, closer: Closer) -> bool {
    let Some((words, liquid)) = tag_words(tag) else {
        return false;
    };
    let hugo = |name: &str| {
        !liquid
            && words
                .strip_prefix('/')
                .is_some_and(|w| w.trim_start() == name)
    };
    match closer {
        Closer::LiquidHighlight => liquid && words == "endhighlight",
        Closer::LiquidComment => liquid && words == "endcomment",
        Closer::HugoHighlight => hugo("highlight"),
        Closer::HugoCode => hugo("code"),
    }
}

/// `text` with every code shortcode's tag lines turned into a tilde fence of the same length
/// (`{% highlight ruby %}` → `~~~~~~~~~~~~~~~~~~  `, its `{% endhighlight %}` → as many
/// tildes): pulldown-cmark then reads the code as a fenced code block, whatever it holds
/// (`# comment` lines, blank lines, quoted strings), and every offset is still the source's.
///
/// Only where it is safe: both tags alone on their lines with the same indentation, no line
/// between less indented (a list item would end before the close and leave the fence open to
/// the document's end), the opening outside fenced code and HTML blocks, and the close
/// found. A tag whose close is never found is left as it was (the paragraph rule of
/// `markdown::code_shortcode` still reads a one-paragraph shortcode as code). Linear: each
/// line's indentation and the close it is are read once; an opening's search is then the
/// next close of its kind (a binary search) and the next less indented line (the next
/// smaller indentation, found for every line in one backward pass).
pub(super) fn code_tags_to_fences(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"{%").is_none()
        && memchr::memmem::find(b, b"{{<").is_none()
        && memchr::memmem::find(b, b"{{%").is_none()
    {
        return Cow::Borrowed(text);
    }
    let all: Vec<(usize, usize, usize)> = lines(text).collect();
    let n = all.len();
    // Each line's indentation in spaces (`usize::MAX` for a blank line: it ends nothing),
    // and the lines closing each kind of region, in order.
    let mut indents: Vec<usize> = Vec::with_capacity(n);
    let mut closes_at: Vec<(Closer, Vec<usize>)> = [
        Closer::LiquidHighlight,
        Closer::LiquidComment,
        Closer::HugoHighlight,
        Closer::HugoCode,
    ]
    .into_iter()
    .map(|c| (c, Vec::new()))
    .collect();
    for (j, &(s, e, _)) in all.iter().enumerate() {
        let l = text.get(s..e).unwrap_or("").trim_end_matches('\r');
        let t = l.trim();
        if t.is_empty() {
            indents.push(usize::MAX);
            continue;
        }
        indents.push(l.len() - l.trim_start_matches(' ').len());
        if t.starts_with('{') {
            if let Some((_, at)) = closes_at.iter_mut().find(|(c, _)| closes(t, *c)) {
                at.push(j);
            }
        }
    }
    // For each line, the next line less indented than it (`n`: none).
    let mut less_after = vec![n; n];
    let mut stack: Vec<usize> = Vec::new();
    for j in (0..n).rev() {
        while stack.last().is_some_and(|&k| indents[k] >= indents[j]) {
            stack.pop();
        }
        less_after[j] = stack.last().copied().unwrap_or(n);
        stack.push(j);
    }
    // (opening line, closing line) pairs, by index into `all`.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut scan = LineScan::default();
    let mut i = 0;
    while let Some(&(s, e, _)) = all.get(i) {
        let line = text.get(s..e).unwrap_or("").trim_end_matches('\r');
        if !scan.plain(line) {
            i += 1;
            continue;
        }
        let tag = line.trim();
        let closer = tag.starts_with('{').then(|| opening(tag)).flatten();
        let Some(closer) = closer else {
            i += 1;
            continue;
        };
        // The first close of its kind after it, before any less indented line, and at its
        // indentation (a close more indented ends the search too).
        let found = closes_at
            .iter()
            .find(|(c, _)| *c == closer)
            .and_then(|(_, at)| at.get(at.partition_point(|&j| j <= i)).copied())
            .filter(|&j| j < less_after[i] && indents[j] == indents[i]);
        match found {
            Some(j) => {
                pairs.push((i, j));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    if pairs.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    let tag_range = |k: usize| -> Option<(usize, usize)> {
        let &(s, e, _) = all.get(k)?;
        let line = text.get(s..e)?;
        let from = s + (line.len() - line.trim_start().len());
        Some((from, s + line.trim_end().len()))
    };
    for (o, c) in pairs {
        let (Some(open), Some(close)) = (tag_range(o), tag_range(c)) else {
            continue;
        };
        let run = (open.1 - open.0).min(close.1 - close.0).max(3);
        for (from, to) in [open, close] {
            for (k, byte) in out
                .get_mut(from..to)
                .unwrap_or(&mut [])
                .iter_mut()
                .enumerate()
            {
                *byte = if k < run { b'~' } else { b' ' };
            }
        }
    }
    // Every byte of a tag is replaced by an ASCII one (a character beyond ASCII in it, all
    // its bytes): still UTF-8.
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(text),
    }
}

/// A Python-Markdown container (MkDocs): an admonition or a content tab, whose body is
/// indented under its header line.
pub(super) struct Container {
    /// Its body: from the line after the header to the end of its last line that is not
    /// blank.
    pub body: Range<usize>,
    /// The body is a quotation (`!!! quote`, `!!! cite`).
    pub quote: bool,
    /// The body is a note to the reader set off in a box (any other admonition): a block
    /// quotation in it is part of the box, as in an HTML `div.admonition`.
    pub callout: bool,
}

/// What a container's header line (at the start of a line) says: `Some((quote, callout))`.
///
/// An admonition is `!!!` (`???` or `???+` when collapsible), its type and optional
/// modifiers (words of letters, digits, `-`, `_`), then optionally a title in double quotes
/// (`!!! quote "From the summit"`, `??? note`, `!!! tip inline end ""`); a content tab is
/// `===` (`===!`, `===+`) and its title (`=== "Linux"`).
fn header(line: &str) -> Option<(bool, bool)> {
    let line = line.trim_end();
    let (rest, tab) = if let Some(r) = line.strip_prefix("===") {
        let r = r.strip_prefix('!').unwrap_or(r);
        (r.strip_prefix('+').unwrap_or(r), true)
    } else {
        let r = line
            .strip_prefix("???+")
            .or_else(|| line.strip_prefix("???"))
            .or_else(|| line.strip_prefix("!!!"))?;
        (r, false)
    };
    let (words, title) = match rest.find('"') {
        Some(q) => (rest.get(..q)?, Some(rest.get(q..)?)),
        None => (rest, None),
    };
    if let Some(t) = title {
        if t.len() < 2 || !t.ends_with('"') || !words.ends_with(' ') {
            return None;
        }
    }
    if tab {
        return (words.trim().is_empty() && title.is_some() && rest.starts_with(' '))
            .then_some((false, false));
    }
    let kind = words.split_whitespace().next()?;
    let word = |w: &str| {
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    if !words.split_whitespace().all(word) {
        return None;
    }
    let quote = kind.eq_ignore_ascii_case("quote") || kind.eq_ignore_ascii_case("cite");
    Some((quote, !quote))
}

/// The columns of indentation a line opens with (a tab reaching the next multiple of four),
/// counted up to `max`, and the bytes they take.
fn indentation(line: &str, max: usize) -> (usize, usize) {
    let (mut cols, mut bytes) = (0, 0);
    for c in line.bytes() {
        match c {
            b' ' => cols += 1,
            b'\t' => cols += 4 - cols % 4,
            _ => break,
        }
        bytes += 1;
        if cols >= max {
            break;
        }
    }
    (cols, bytes)
}

/// The indented containers of `text` at its top level (a header line at the start of a line,
/// outside fenced code and HTML blocks; its body the lines after it that are blank or
/// indented by four columns, up to the last of those that is not blank), in order. One
/// with no body is none. Containers inside a body are found when the body is read.
pub(super) fn containers(text: &str) -> Vec<Container> {
    let b = text.as_bytes();
    // Every header opens a line with `!!!`, `???` or `===`.
    let myst =
        memchr::memmem::find(b, b"``{").is_some() || memchr::memmem::find(b, b"~~{").is_some();
    if memchr::memmem::find(b, b"!!!").is_none()
        && memchr::memmem::find(b, b"???").is_none()
        && memchr::memmem::find(b, b"===").is_none()
        && !myst
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut scan = LineScan::default();
    let mut it = lines(text).peekable();
    while let Some((s, e, next)) = it.next() {
        let line = text.get(s..e).unwrap_or("");
        let outside = !(scan.in_code_or_raw() || scan.html);
        if !scan.plain(line) {
            if let Some(kind) = myst_directive(line).filter(|_| myst && outside) {
                out.extend(myst_body(text, &mut scan, &mut it, kind));
            }
            continue;
        }
        if !matches!(b.get(s), Some(b'!' | b'?' | b'=')) {
            continue;
        }
        let Some((quote, callout)) = header(line) else {
            continue;
        };
        let mut end = None;
        while let Some(&(s2, e2, _)) = it.peek() {
            let l = text.get(s2..e2).unwrap_or("");
            let blank = l.bytes().all(|c| matches!(c, b' ' | b'\t' | b'\r'));
            if !blank && indentation(l, 4).0 < 4 {
                break;
            }
            if !blank {
                end = Some(e2);
            }
            // The scan sees every line, the body's too: a blank line ending the body lets a
            // lone tag after it open an HTML block (type 7), as in the chunk cutter's scan,
            // which sees them all. Unseen, the tag was a paragraph and a fence inside its
            // block opened code to the end of the document.
            scan.plain(l);
            it.next();
        }
        if let Some(end) = end {
            out.push(Container {
                body: next..end,
                quote,
                callout,
            });
        }
    }
    out
}

/// Whether `line` opens a MyST directive whose body is Markdown (```` ```{note} ````,
/// `~~~{warning}`, at the line's start), and what it is: `Some((quote, callout))` as
/// [`header`] gives. The directives whose body is code, a path, a table or rST
/// (`{code-block}`, `{toctree}`, `{math}`, `{figure}`, `{eval-rst}`, …) stay code.
fn myst_directive(line: &str) -> Option<(bool, bool)> {
    let ch = *line
        .as_bytes()
        .first()
        .filter(|c| matches!(c, b'`' | b'~'))?;
    let rest = line.trim_start_matches(char::from(ch));
    if line.len() - rest.len() < 3 {
        return None;
    }
    let name = rest.strip_prefix('{')?.split_once('}')?.0.trim();
    const CALLOUTS: [&str; 20] = [
        "admonition",
        "attention",
        "caution",
        "danger",
        "error",
        "hint",
        "important",
        "note",
        "seealso",
        "tip",
        "warning",
        "versionadded",
        "versionchanged",
        "deprecated",
        "topic",
        "sidebar",
        "margin",
        "dropdown",
        "card",
        "tab-item",
    ];
    if ["epigraph", "pull-quote", "pullquote"].contains(&name) {
        Some((true, false))
    } else {
        CALLOUTS.contains(&name).then_some((false, true))
    }
}

/// The body of the MyST directive whose fence opened the line just taken: its lines
/// up to the closing fence, after its options (`:class: tip` lines right after the fence).
/// The lines are taken from `it` and shown to `scan`, which tells where the fence closes.
fn myst_body(
    text: &str,
    scan: &mut LineScan,
    it: &mut std::iter::Peekable<impl Iterator<Item = (usize, usize, usize)>>,
    (quote, callout): (bool, bool),
) -> Option<Container> {
    let mut body: Option<Range<usize>> = None;
    let mut options = true;
    for (s, e, _) in it.by_ref() {
        let line = text.get(s..e).unwrap_or("");
        scan.plain(line);
        if !scan.in_code_or_raw() {
            break;
        }
        let t = line.trim();
        if options && t.starts_with(':') && t[1..].contains(':') {
            continue;
        }
        options = false;
        if !t.is_empty() {
            body = Some(body.map_or(s..e, |b| b.start..e));
        }
    }
    body.map(|body| Container {
        body,
        quote,
        callout,
    })
}

/// `text` with the containers' bodies blanked out (every byte a space, line breaks kept):
/// the same length, so every other offset stays; the bodies are read on their own.
pub(super) fn blank(text: &str, containers: &[Container]) -> String {
    let mut out = text.as_bytes().to_vec();
    for c in containers {
        for byte in out.get_mut(c.body.clone()).unwrap_or(&mut []) {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// A container's body without its four columns of indentation, and where each of its lines
/// starts: (offset in the body's text, offset in `text`).
pub(super) fn unindent(text: &str, body: Range<usize>) -> (String, Vec<(usize, usize)>) {
    let src = text.get(body.clone()).unwrap_or("");
    let mut out = String::with_capacity(src.len());
    let mut map = Vec::new();
    for (s, e, next) in lines(src) {
        let line = src.get(s..e).unwrap_or("");
        let (_, cut) = indentation(line, 4);
        map.push((out.len(), body.start + s + cut));
        out.push_str(line.get(cut..).unwrap_or(""));
        if next <= src.len() {
            out.push('\n');
        }
    }
    (out, map)
}

/// Moves every source offset of `p`, read from a container's unindented body, to where it is
/// in the text (`map` as [`unindent`] gives it). A piece of text copied verbatim over a line
/// break is cut there, since the lines lie apart in the text.
pub(super) fn remap(p: &mut Parsed, map: &[(usize, usize)]) {
    let at = |x: usize| -> usize {
        let i = map.partition_point(|m| m.0 <= x).saturating_sub(1);
        map.get(i).map_or(x, |&(from, to)| to + (x - from))
    };
    // An end: just past the byte before it (a line's end stays on its line).
    let end = |x: usize| if x == 0 { at(0) } else { at(x - 1) + 1 };
    for b in &mut p.blocks {
        let len = b.text.len();
        let mut segs = Vec::with_capacity(b.segs.len());
        for (i, seg) in b.segs.iter().enumerate() {
            let seg_end = b.segs.get(i + 1).map_or(len, |n| n.text);
            if !seg.verbatim {
                segs.push(Seg {
                    text: seg.text,
                    src: at(seg.src),
                    verbatim: false,
                });
                continue;
            }
            let (from, to) = (seg.src, seg.src + (seg_end - seg.text));
            segs.push(Seg {
                text: seg.text,
                src: at(from),
                verbatim: true,
            });
            // Each line start inside the piece begins a piece of its own.
            let k = map.partition_point(|m| m.0 <= from);
            for &(line, _) in map.get(k..).unwrap_or(&[]).iter().take_while(|m| m.0 < to) {
                segs.push(Seg {
                    text: seg.text + (line - from),
                    src: at(line),
                    verbatim: true,
                });
            }
        }
        b.segs = segs;
        b.src_start = at(b.src_start);
        b.src_end = end(b.src_end);
        b.row = b.row.map(at);
    }
    for l in &mut p.links {
        l.offset = at(l.offset);
    }
    for m in &mut p.markers {
        m.offset = at(m.offset);
    }
    for n in &mut p.notes {
        n.offset = at(n.offset);
        n.end = end(n.end);
    }
    for g in &mut p.groups {
        g.offset = at(g.offset);
    }
    for w in &mut p.warnings {
        w.0 = at(w.0);
    }
}

/// The labels of the footnotes `text` defines (`[^label]:` opening a line, after blanks).
pub(super) fn footnote_definitions(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for (s, e, _) in lines(text) {
        let line = text.get(s..e).unwrap_or("").trim_start_matches([' ', '\t']);
        if let Some(label) = line
            .strip_prefix("[^")
            .and_then(|r| r.split_once("]:"))
            .map(|(l, _)| l)
            .filter(|l| !l.is_empty() && !l.contains([']', '[']))
        {
            out.insert(label.to_string());
        }
    }
    out
}

/// The labels of the footnotes `text` refers to (`[^label]` not followed by `:`), each once,
/// in order.
pub(super) fn footnote_references(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), b"[^") {
        let rest = text.get(at + 2..).unwrap_or("");
        let Some(close) = rest.find(']').filter(|&c| c > 0 && c <= 64) else {
            continue;
        };
        let label = rest.get(..close).unwrap_or("");
        if label.contains(['[', '\n', ' '])
            || rest.get(close + 1..).is_some_and(|r| r.starts_with(':'))
        {
            continue;
        }
        if seen.insert(label) {
            out.push(label.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::code_tags_to_fences;

    #[test]
    fn code_tags_become_fences_of_their_length() {
        let src = "Intro.\n\n{% highlight ruby %}\n# a comment\n\nputs \"x\"\n{% endhighlight %}\n";
        let out = code_tags_to_fences(src);
        assert_eq!(out.len(), src.len());
        assert_eq!(
            out,
            "Intro.\n\n~~~~~~~~~~~~~~~~~~  \n# a comment\n\nputs \"x\"\n~~~~~~~~~~~~~~~~~~\n"
        );
        let hugo = "{{< highlight go \"linenos=table\" >}}\nx\n{{< /highlight >}}\n";
        assert!(code_tags_to_fences(hugo).starts_with("~~~~~~~~~~~~~~~~~~"));
    }

    #[test]
    fn unsafe_or_unclosed_tags_are_left_alone() {
        for src in [
            // No close.
            "{% highlight ruby %}\nputs 1\n",
            // Inside a fence.
            "```\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n```\n",
            // A line between less indented than the tags.
            "  {% highlight ruby %}\nputs 1\n  {% endhighlight %}\n",
            // Not alone on its line.
            "{% highlight ruby %}puts 1\n{% endhighlight %}\n",
            // Not a code tag.
            "{% include note.html %}\n{% endhighlight %}\n",
        ] {
            assert_eq!(code_tags_to_fences(src), src, "{src:?}");
        }
    }

    /// The pairs of tag lines a plain search finds: each opening line (outside fences)
    /// scans forward for its close, stopping at a less indented line; what
    /// `code_tags_to_fences` must turn into fences.
    fn reference(text: &str) -> String {
        let all: Vec<(usize, usize, usize)> = super::lines(text).collect();
        let mut pairs = Vec::new();
        let mut scan = super::LineScan::default();
        let mut i = 0;
        while let Some(&(s, e, _)) = all.get(i) {
            let line = text[s..e].trim_end_matches('\r');
            i += 1;
            if !scan.plain(line) {
                continue;
            }
            let Some(closer) = super::opening(line.trim()) else {
                continue;
            };
            let indent = line.len() - line.trim_start_matches(' ').len();
            for (j, &(s2, e2, _)) in all.iter().enumerate().skip(i) {
                let l = text[s2..e2].trim_end_matches('\r');
                let ind = l.len() - l.trim_start_matches(' ').len();
                if !l.trim().is_empty() && ind < indent {
                    break;
                }
                if l.trim().starts_with('{') && super::closes(l.trim(), closer) {
                    if ind == indent {
                        pairs.push((i - 1, j));
                        i = j + 1;
                    }
                    break;
                }
            }
        }
        let mut out = text.as_bytes().to_vec();
        for (o, c) in pairs {
            let tag = |k: usize| {
                let (s, e, _) = all[k];
                let line = &text[s..e];
                (
                    s + line.len() - line.trim_start().len(),
                    s + line.trim_end().len(),
                )
            };
            let (open, close) = (tag(o), tag(c));
            let run = (open.1 - open.0).min(close.1 - close.0).max(3);
            for (from, to) in [open, close] {
                for (k, byte) in out[from..to].iter_mut().enumerate() {
                    *byte = if k < run { b'~' } else { b' ' };
                }
            }
        }
        String::from_utf8(out).expect("ASCII tags")
    }

    /// Random documents of tags, code, blank lines and fences at a few indentations read
    /// as the plain search reads them.
    #[test]
    fn fences_are_those_a_plain_search_finds() {
        const LINES: [&str; 10] = [
            "{% highlight ruby %}",
            "{% endhighlight %}",
            "{% comment %}",
            "{% endcomment %}",
            "{{< highlight go >}}",
            "{{< /highlight >}}",
            "{{< code >}}",
            "{{< /code >}}",
            "puts 1",
            "```",
        ];
        let mut rng = fastrand::Rng::with_seed(20);
        let mut fenced = 0;
        for _ in 0..10_000 {
            let mut text = String::new();
            for _ in 0..rng.usize(1..14) {
                if rng.u8(..8) == 0 {
                    text.push('\n');
                    continue;
                }
                text.push_str(&" ".repeat(rng.usize(0..4) * 2));
                text.push_str(LINES[rng.usize(..LINES.len())]);
                text.push_str(if rng.bool() { "\n" } else { "\r\n" });
            }
            let out = code_tags_to_fences(&text);
            assert_eq!(out, reference(&text), "{text:?}");
            fenced += usize::from(out != text);
        }
        assert!(fenced > 600, "only {fenced} documents had a pair");
    }

    /// Openings at ever deeper indentation, each searching up to an unindented close a
    /// thousand lines on, are read in linear time: every opening scanned those lines again
    /// (a megabyte took seconds).
    #[test]
    fn deep_indentation_stays_linear() {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < 2 << 20 {
            text.push_str(&" ".repeat(i % 3000));
            text.push_str("{% highlight x %}\n");
            if i % 1000 == 999 {
                text.push_str("{% endhighlight %}\n");
            }
            i += 1;
        }
        let start = std::time::Instant::now();
        let out = code_tags_to_fences(&text);
        assert!(start.elapsed().as_secs() < 3, "{:?}", start.elapsed());
        assert_eq!(out.len(), text.len());
    }
}
