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
//!   where it stands (see `markdown::State::read_container`);
//! - **fenced boxes** of other dialects, read the same way: Pandoc's fenced divs and
//!   Docusaurus' admonitions (`::: epigraph` … `:::`), GitLab's block quotations (`>>>` …
//!   `>>>`) and MDX components (`<TabItem …>` … `</TabItem>`), whose fences CommonMark would
//!   read as text, a nested quotation or an HTML block swallowing the body ([`Mark`],
//!   `fenced_boxes`); a quotation component or shortcode may also hold its words on its
//!   tags' lines (`<Quote cite="…">Words.</Quote>`), when it stands apart from paragraphs;
//! - **wikilinks** (Obsidian's `[[Page]]`): whether a document is written with them
//!   ([`wikilinks`]).

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
    /// The last line taken in opens or closes a fenced box (see [`Mark`]), outside code.
    pub(crate) mark: Option<Mark>,
    /// The fenced boxes open, innermost last, matched as [`containers`] matches them.
    boxes: Vec<(Mark, ())>,
}

impl Default for LineScan {
    fn default() -> Self {
        LineScan {
            fence: None,
            raw_end: None,
            html: false,
            after_blank: true,
            mark: None,
            boxes: Vec::new(),
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
        self.mark = None;
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
        // A quotation component opened before its words is inline in MDX: a paragraph's end
        // (a blank line) ends it unclosed.
        if blank
            && self
                .boxes
                .iter()
                .any(|(m, _)| matches!(m, Mark::JsxOpenText(..)))
        {
            self.mark = Some(Mark::Break);
            box_step(&mut self.boxes, Mark::Break, ());
        }
        // A box's fence may stand where CommonMark sees an HTML block (`</TabItem>` right
        // after `<TabItem …>`): looked for before the block is judged.
        // (A quotation component closed after its words, `… late.</Quote>`, ends with `>`.)
        if !blank
            && (matches!(body.as_bytes().first(), Some(b':' | b'>' | b'<' | b'{'))
                || line.trim_end().ends_with('>'))
        {
            self.mark = mark(line);
            if let Some(m) = self.mark {
                box_step(&mut self.boxes, m, ());
            }
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

    /// Whether a fenced box (a Pandoc div, a GitLab `>>>` quotation, an MDX component) is
    /// open, or one left open may still be: the large-document cutter cuts nowhere inside.
    pub(crate) fn in_box(&self) -> bool {
        !self.boxes.is_empty()
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

/// MDX's string expressions (`{"Save changes"}`, `{'…'}`) shown as the text they render:
/// the braces and the string's quotation marks blanked in place (offsets kept), so the
/// string is no quotation (MDX shows no marks; session 38: `{"a JS string of several
/// words"}` was an uncited quote). One line each, without an escaped mark inside.
pub(crate) fn unquote_mdx_strings(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"{\"").is_none() && memchr::memmem::find(b, b"{'").is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = b.to_vec();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'{', b.get(i..).unwrap_or(&[])) {
        let open = i + k;
        i = open + 1;
        let Some(&q @ (b'"' | b'\'')) = b.get(open + 1) else {
            continue;
        };
        let rest = b.get(open + 2..).unwrap_or(&[]);
        let Some(len) = rest
            .iter()
            .position(|&c| c == q || c == b'\n' || c == b'\\')
        else {
            continue;
        };
        let close = open + 2 + len;
        if b.get(close) != Some(&q) || b.get(close + 1) != Some(&b'}') {
            continue;
        }
        for at in [open, open + 1, close, close + 1] {
            if let Some(c) = out.get_mut(at) {
                *c = b' ';
            }
        }
        i = close + 2;
    }
    // Only ASCII bytes were replaced with ASCII blanks: still UTF-8.
    String::from_utf8(out).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// MDX's ECMAScript statements blanked out (line breaks kept, offsets kept): a paragraph
/// that opens at column 0 with `import ` or `export ` outside code fences, to the blank
/// line ending it. They are the page's code, never rendered: a module's URL is no link
/// and a string in an `export const` no quotation.
pub(crate) fn blank_mdx_esm(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"import ").is_none()
        && memchr::memmem::find(b, b"export ").is_none()
    {
        return Cow::Borrowed(text);
    }
    blank_comments(text, |b, i, e| {
        let line = b.get(i..e)?;
        let line_start = i == 0 || b.get(i - 1) == Some(&b'\n');
        if !line_start || !(line.starts_with(b"import ") || line.starts_with(b"export ")) {
            return None;
        }
        // On to the blank line ending the paragraph, or the text's end.
        let mut end = e;
        while end < b.len() {
            let next = end + 1;
            let next_end = memchr::memchr(b'\n', b.get(next..)?).map_or(b.len(), |k| next + k);
            if b.get(next..next_end)?.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            end = next_end;
        }
        Some(Found::Comment(i, end))
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

/// A container whose body is Markdown read on its own (see `markdown::State::read_container`):
/// a Python-Markdown admonition or content tab (MkDocs), a MyST directive, a Pandoc fenced div
/// or Docusaurus admonition (`::: epigraph`, `:::note`), a GitLab `>>>` quotation, an MDX
/// component (`<TabItem …>` … `</TabItem>`).
pub(crate) struct Container {
    /// Its body: from the line after the header to the end of its last line that is not
    /// blank. Empty for a fenced div that is neither a quotation nor a callout: its body is
    /// read where it stands, only its fences are hidden.
    pub body: Range<usize>,
    /// The body is a quotation (`!!! quote`, `!!! cite`, `::: epigraph`, `>>>`).
    pub quote: bool,
    /// The body is a note to the reader set off in a box (any other admonition): a block
    /// quotation in it is part of the box, as in an HTML `div.admonition`.
    pub callout: bool,
    /// The columns of indentation taken off the body's lines.
    pub indent: usize,
    /// Lines never shown, blanked in the text around (a fenced div's fences).
    pub hide: [Range<usize>; 2],
    /// Where the address a quotation's fence cites it by lies in the text: an MDX
    /// component's `cite` prop (`<Quote cite="https://…">`), a Hugo shortcode's `link`,
    /// `source` or `cite` (`{{< blockquote link="https://…" >}}`).
    pub cite: Option<Range<usize>>,
}

/// A line that opens or closes a fenced box: a box whose body, Markdown, runs from the line
/// after its opening line to the line before its closing one (at most three spaces before
/// either).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mark {
    /// A Pandoc fenced div (`::: epigraph`, `::: {.quote}`, `:::: {.columns}`), a
    /// Docusaurus admonition (`:::note`, `:::tip[Title]`) or a MyST colon fence
    /// (`:::{note}`): whether it is a quotation, and whether a callout.
    ColonOpen(bool, bool),
    /// `:::` (three colons or more) alone: the innermost div ends.
    ColonClose,
    /// GitLab's `>>>` alone on its line, which opens a block quotation and closes it.
    Gitlab,
    /// An MDX (JSX) component's opening tag alone on its line (`<Tabs>`, `<TabItem
    /// value="a" label="A">`; not self-closing): its name's hash, whether a quotation
    /// (`<Blockquote>`, `<Epigraph>`), whether a callout (`<Admonition>`, `<Callout>`).
    JsxOpen(u64, bool, bool),
    /// Its closing tag alone on its line (`</TabItem>`).
    JsxClose(u64),
    /// A quotation component's opening tag followed by the quotation's first words
    /// (`<Quote cite="…">The river kept`), closed on a later line: its name's hash, and
    /// where its words start in the line.
    JsxOpenText(u64, usize),
    /// A quotation component's closing tag after the quotation's last words (`late.</Quote>`):
    /// its name's hash, and where the tag starts in the line.
    JsxCloseText(u64, usize),
    /// A blank line while a [`Mark::JsxOpenText`] is open: it is no box (MDX reads such a
    /// component in a paragraph, which the blank line ends).
    Break,
    /// A quotation component around its words on one line (`<Quote cite="…">Words.</Quote>`):
    /// where the words start and where the closing tag starts in the line.
    JsxLine(usize, usize),
    /// A Hugo shortcode naming a quotation alone on its line (`{{< quote >}}`,
    /// `{{% blockquote author="…" %}}`; not self-closing): its name's hash.
    ShortOpen(u64),
    /// Its closing shortcode alone on its line (`{{< /quote >}}`).
    ShortClose(u64),
    /// A quotation shortcode around its words on one line (`{{< quote source="…" >}}Words.{{<
    /// /quote >}}`): where the words start and where the closing shortcode starts in the line.
    ShortLine(usize, usize),
}

impl Mark {
    /// The mark with its places in the line moved on by `by` bytes.
    fn shifted(self, by: usize) -> Mark {
        match self {
            Mark::JsxOpenText(h, a) => Mark::JsxOpenText(h, a + by),
            Mark::JsxCloseText(h, a) => Mark::JsxCloseText(h, a + by),
            Mark::JsxLine(a, z) => Mark::JsxLine(a + by, z + by),
            Mark::ShortLine(a, z) => Mark::ShortLine(a + by, z + by),
            m => m,
        }
    }
}

/// What a line is as a box's fence (see [`Mark`]), if anything.
fn mark(line: &str) -> Option<Mark> {
    let indent = line.bytes().take(4).take_while(|&c| c == b' ').count();
    if indent > 3 {
        return None;
    }
    let body = line.get(indent..)?;
    let m = match body.as_bytes().first()? {
        b':' => colon_fence(body),
        b'>' => (body.trim_end() == ">>>").then_some(Mark::Gitlab),
        b'<' => jsx_line(body).or_else(|| jsx_text_close(body)),
        b'{' => shortcode_line(body),
        _ => jsx_text_close(body),
    };
    m.map(|m| m.shifted(indent))
}

/// A class naming a quotation, in a fenced div or as a component's name.
fn quote_class(c: &str) -> bool {
    [
        "epigraph",
        "quote",
        "blockquote",
        "pull-quote",
        "pullquote",
        "quotation",
    ]
    .iter()
    .any(|q| q.eq_ignore_ascii_case(c))
}

/// A class naming a note to the reader in a box: MyST's admonitions and boxes, Docusaurus'
/// admonitions (`info`), Quarto's callouts (`callout-note`).
fn callout_class(c: &str) -> bool {
    let c = c.to_ascii_lowercase();
    MYST_CALLOUTS.contains(&c.as_str())
        || ["info", "success", "callout", "aside", "alert"].contains(&c.as_str())
        || c.starts_with("callout-")
}

/// A line of colons (`body` opens with `:`): a div's opening fence or a closing one.
fn colon_fence(body: &str) -> Option<Mark> {
    let rest = body.trim_start_matches(':');
    if body.len() - rest.len() < 3 {
        return None;
    }
    // Pandoc allows colons after the attributes (`::: epigraph :::`).
    let rest = rest
        .trim_matches([' ', '\t', '\r'])
        .trim_end_matches(':')
        .trim_end_matches([' ', '\t']);
    if rest.is_empty() {
        return Some(Mark::ColonClose);
    }
    let (quote, callout) = if let Some(inner) = rest.strip_prefix('{') {
        let inner = inner.get(..inner.find('}')?)?;
        if inner.trim_start().starts_with(['.', '#']) || inner.contains('=') {
            // Pandoc's attributes: the classes tell.
            let classes = inner.split_whitespace().filter_map(|w| w.strip_prefix('.'));
            classes.fold((false, false), |(q, c), w| {
                (q || quote_class(w), c || callout_class(w))
            })
        } else {
            // MyST's `:::{note}`.
            let name = inner.trim();
            (quote_class(name), callout_class(name))
        }
    } else {
        // A class (`::: epigraph`), or Docusaurus' type and title (`:::tip[Title]`).
        let name = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .next()
            .filter(|n| !n.is_empty())?;
        (quote_class(name), callout_class(name))
    };
    Some(Mark::ColonOpen(quote, callout && !quote))
}

/// An MDX component's opening or closing tag alone on a line (`body` opens with `<`). A
/// component's name is capitalised and not all capitals (`Tabs`, `TabItem`, `Foo.Bar`):
/// `<DIV>` is old HTML.
fn jsx_line(body: &str) -> Option<Mark> {
    let b = body.as_bytes();
    let close = b.get(1) == Some(&b'/');
    let start = if close { 2 } else { 1 };
    let len = b
        .get(start..)?
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_'))
        .count();
    let name = body.get(start..start + len)?;
    if !name.starts_with(|c: char| c.is_ascii_uppercase())
        || !name.bytes().any(|c| c.is_ascii_lowercase() || c == b'.')
    {
        return None;
    }
    let rest = body.get(start + len..)?;
    if close {
        return (rest.trim_end() == ">").then(|| Mark::JsxClose(name_hash(name)));
    }
    if !rest.starts_with([' ', '\t', '>']) {
        return None;
    }
    // The `>` ending the tag: outside quoted values and `{…}` expressions.
    let r = rest.as_bytes();
    let mut quote: Option<u8> = None;
    let mut depth = 0usize;
    for (i, &c) in r.iter().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'' | b'`') => quote = Some(c),
            (None, b'{') => depth += 1,
            (None, b'}') => depth = depth.saturating_sub(1),
            (None, b'>') if depth == 0 => {
                let self_closing = i > 0 && r.get(i - 1) == Some(&b'/');
                if self_closing {
                    return None;
                }
                // (A box whose kind is a quotation: `<Callout type="quote">`.)
                let quote =
                    quote_component(name) || (box_component(name) && quote_prop(rest.get(..i)?));
                let after = rest.get(i + 1..)?;
                if !after.trim().is_empty() {
                    // Words after the tag: a quotation component's (see `jsx_words`).
                    let at = start + len + i + 1;
                    return quote.then(|| jsx_words(name, after, at)).flatten();
                }
                let last = name.rsplit('.').next().unwrap_or(name);
                let callout = ["admonition", "callout", "aside", "note", "tip", "info"]
                    .iter()
                    .chain(&["warning", "caution", "danger", "alert"])
                    .any(|n| n.eq_ignore_ascii_case(last));
                return Some(Mark::JsxOpen(name_hash(name), quote, callout && !quote));
            }
            _ => {}
        }
    }
    None
}

/// Whether a component's props (`attrs`, the opening tag after its name) give its kind as
/// a quotation: `type="quote"`, `variant='blockquote'`, `kind="epigraph"` (`<Callout
/// type="quote" title="…">`, a box set as a quotation).
fn quote_prop(attrs: &str) -> bool {
    ["type=", "variant=", "kind="].iter().any(|prop| {
        attrs.match_indices(prop).any(|(j, _)| {
            let name_starts = j == 0
                || attrs
                    .get(..j)
                    .is_some_and(|h| h.ends_with([' ', '\t', '\n']));
            let value = attrs.get(j + prop.len()..).unwrap_or("");
            let Some(q) = value.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
                return false;
            };
            let inner = value.get(1..).unwrap_or("");
            name_starts
                && inner
                    .find(q)
                    .and_then(|e| inner.get(..e))
                    .is_some_and(quote_class)
        })
    })
}

/// Whether a component's name (`Callout`, `Admonition`, `Docs.Aside`, `InfoBox`) names a box
/// of the text, the only kind whose `type` may make it a quotation ([`quote_prop`]): a
/// `<Form type="quote">` asks for a price, a `<Button variant="quote">` is a button (review
/// of the sixty-fifth session).
fn box_component(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    [
        "callout",
        "admonition",
        "aside",
        "box",
        "note",
        "notice",
        "alert",
        "card",
        "panel",
    ]
    .iter()
    .any(|w| last == *w || last.ends_with(w))
}

/// Whether a component's name (`Quote`, `PullQuote`, `Docs.Blockquote`) names a quotation.
fn quote_component(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    quote_class(last) || last.eq_ignore_ascii_case("pullquote")
}

/// The words after quotation component `name`'s opening tag (`after`, from byte `at` of the
/// line on) as a fence: the quotation on one line when its closing tag ends the line
/// (`<Quote cite="…">Words.</Quote>`), else its first line when the line holds no closing
/// tag of its name (the tag closes a later line). A closing tag with more after it
/// (`<Quote>a phrase</Quote> in a sentence`) is the component inline in running text:
/// none. So is one holding another opening tag of its name (nested on one line).
fn jsx_words(name: &str, after: &str, at: usize) -> Option<Mark> {
    let lead = after.len() - after.trim_start().len();
    let words = after.trim_end();
    let close = format!("</{name}");
    let Some(k) = words.find(close.as_str()) else {
        return Some(Mark::JsxOpenText(name_hash(name), at + lead));
    };
    let tail = words.get(k + close.len()..)?;
    let inner = words.get(..k)?;
    let opener = format!("<{name}");
    let nested = inner.match_indices(opener.as_str()).any(|(j, _)| {
        inner
            .get(j + opener.len()..)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t', '>', '/']))
    });
    (tail.trim_start() == ">" && !inner.trim().is_empty() && !nested)
        .then(|| Mark::JsxLine(at + lead, at + k))
}

/// A quotation component's closing tag ending a line after words (`late.</Quote>`; `body`
/// not blank): no opening tag of its name before it on the line (`He said <Quote>so</Quote>`
/// is the component inline).
fn jsx_text_close(body: &str) -> Option<Mark> {
    let t = body.trim_end().strip_suffix('>')?.trim_end();
    let k = t.rfind("</")?;
    let name = t.get(k + 2..)?;
    let words = body.get(..k)?;
    if name.is_empty()
        || !name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_'))
        || !name.starts_with(|c: char| c.is_ascii_uppercase())
        || !quote_component(name)
        || words.trim().is_empty()
    {
        return None;
    }
    let opener = format!("<{name}");
    let opened = words.match_indices(opener.as_str()).any(|(j, _)| {
        words
            .get(j + opener.len()..)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t', '>', '/']))
    });
    (!opened).then(|| Mark::JsxCloseText(name_hash(name), k))
}

/// A Hugo shortcode naming a quotation (`quote`, `blockquote`, `epigraph`, …), opening or
/// closing, alone on a line (`body` opens with `{`): `{{< quote source="…" >}}`,
/// `{{% /blockquote %}}`. Any other shortcode (`figure`, `notice`) is no fence, nor one
/// Hugo shows as written (`{{</* quote */>}}`) or a self-closing one (`{{< quote />}}`).
fn shortcode_line(body: &str) -> Option<Mark> {
    let body = body.trim_end();
    lone_shortcode(body).or_else(|| shortcode_around_words(body))
}

/// A quotation shortcode, opening or closing, that is the whole of `body` (see
/// [`shortcode_line`]).
fn lone_shortcode(body: &str) -> Option<Mark> {
    let inner = match body.strip_prefix("{{<") {
        Some(r) => r.strip_suffix(">}}")?,
        None => body.strip_prefix("{{%")?.strip_suffix("%}}")?,
    };
    let inner = inner.trim_start();
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r.trim_start()),
        None => (false, inner),
    };
    let len = inner
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
        .count();
    let name = inner.get(..len)?;
    let rest = inner.get(len..)?;
    if !quote_class(name) || rest.contains(['{', '}']) {
        return None;
    }
    if closing {
        return rest
            .trim()
            .is_empty()
            .then(|| Mark::ShortClose(name_hash(name)));
    }
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) || rest.trim_end().ends_with('/') {
        return None;
    }
    Some(Mark::ShortOpen(name_hash(name)))
}

/// A quotation shortcode around its words on one line (`{{< quote source="…" >}}Words.{{<
/// /quote >}}`, `{{% … %}}` alike; `body` trimmed at its end): the opening shortcode, words,
/// and its closing shortcode of the same name and delimiter ending the line.
fn shortcode_around_words(body: &str) -> Option<Mark> {
    let (delim, end) = if body.starts_with("{{<") {
        ("<", ">}}")
    } else if body.starts_with("{{%") {
        ("%", "%}}")
    } else {
        return None;
    };
    let tag_end = body.find(end)? + end.len();
    let open = lone_shortcode(body.get(..tag_end)?)?;
    let Mark::ShortOpen(h) = open else {
        return None;
    };
    // The closing shortcode: the last `{{<` (or `{{%`) of the line.
    let k = body.rfind(&format!("{{{{{delim}"))?;
    let words = body.get(tag_end..k)?;
    let closing = body.get(k..)?;
    (k >= tag_end
        && !words.trim().is_empty()
        && !words.contains("{{")
        && lone_shortcode(closing) == Some(Mark::ShortClose(h)))
    .then(|| {
        let lead = words.len() - words.trim_start().len();
        Mark::ShortLine(tag_end + lead, k)
    })
}

/// The address a quotation's opening fence cites it by, where it lies in `line`: an MDX
/// component's `cite` or `source` prop, a Hugo shortcode's `link`, `source`, `cite` or
/// `url` parameter, or (Octopress' order, `{{< blockquote "Author" "https://…" >}}`) a
/// positional one. Only an absolute `http(s)` address: a component library's `cite` may
/// be the credit's words (`cite="– Ada Byron"`), which cite nothing.
fn fence_cite(line: &str, open: Mark) -> Option<Range<usize>> {
    let web = |r: &Range<usize>| {
        line.get(r.clone()).is_some_and(|v| {
            let v = v.trim();
            (super::strip_prefix_ci(v, "https://").is_some()
                || super::strip_prefix_ci(v, "http://").is_some())
                && !v.contains(char::is_whitespace)
        })
    };
    match open {
        Mark::JsxOpen(_, true, _) | Mark::JsxOpenText(..) | Mark::JsxLine(..) => {
            let at = line.find('<')?;
            // (The opening tag only, not the words after it.)
            let tag = match open {
                Mark::JsxOpenText(_, w) | Mark::JsxLine(w, _) => line.get(at..w)?,
                _ => line.get(at..)?,
            };
            // (The range is the tag's: shifted to the line's before `web` reads it, so an
            // indented tag's address is read where it is.)
            ["cite", "source"].iter().find_map(|k| {
                super::quoted_attr_range(tag, k)
                    .map(|r| at + r.start..at + r.end)
                    .filter(web)
            })
        }
        Mark::ShortOpen(_) | Mark::ShortLine(..) => {
            let at = line.find("{{")? + 3;
            let end = match open {
                Mark::ShortLine(w, _) => line.get(..w)?.rfind("}}")?.checked_sub(1)?,
                _ => line.rfind("}}")?.checked_sub(1)?,
            };
            let inner = line.get(at..end)?;
            let shift = |r: Range<usize>| at + r.start..at + r.end;
            if inner.contains('=') {
                ["link", "source", "cite", "url"].iter().find_map(|k| {
                    super::shortcode_param(inner, k)
                        .map(|(s, e)| shift(s..e))
                        .filter(web)
                })
            } else {
                positional(inner).into_iter().map(shift).find(web)
            }
        }
        _ => None,
    }
}

/// The positional arguments of a shortcode's inner text (past its name), where each lies:
/// quoted (`"…"`, `` `…` ``) or up to a blank.
fn positional(inner: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = inner.as_bytes();
    let mut i = b
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .unwrap_or(b.len());
    while i < b.len() && out.len() < 8 {
        match b.get(i) {
            Some(c) if c.is_ascii_whitespace() => i += 1,
            Some(&q @ (b'"' | b'`')) => {
                let Some(k) = b.get(i + 1..).and_then(|r| memchr::memchr(q, r)) else {
                    break;
                };
                out.push(i + 1..i + 1 + k);
                i += k + 2;
            }
            Some(_) => {
                let k = b
                    .get(i..)
                    .and_then(|r| r.iter().position(u8::is_ascii_whitespace))
                    .unwrap_or(b.len() - i);
                out.push(i..i + k);
                i += k;
            }
            None => break,
        }
    }
    out
}

/// A component's name as a number (FNV-1a): opening and closing tags are matched by it.
fn name_hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, c| {
        (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Takes fence `m` into the stack of open boxes (`t` goes with an opening); gives the
/// opening a closing fence matches. A `:::` closes the innermost box if it is a div; a
/// `>>>` closes an innermost `>>>`, else opens one; a component's closing tag closes the
/// innermost open one of its name (dropping those opened inside it and left open).
fn box_step<T>(stack: &mut Vec<(Mark, T)>, m: Mark, t: T) -> Option<(Mark, T)> {
    match m {
        Mark::ColonOpen(..) | Mark::JsxOpen(..) | Mark::JsxOpenText(..) | Mark::ShortOpen(_) => {
            stack.push((m, t));
        }
        // Opened and closed on its line: never open.
        Mark::JsxLine(..) | Mark::ShortLine(..) => {}
        Mark::Break => stack.retain(|(o, _)| !matches!(o, Mark::JsxOpenText(..))),
        Mark::ColonClose => {
            if matches!(stack.last(), Some((Mark::ColonOpen(..), _))) {
                return stack.pop();
            }
        }
        Mark::Gitlab => {
            if matches!(stack.last(), Some((Mark::Gitlab, _))) {
                return stack.pop();
            }
            stack.push((m, t));
        }
        Mark::JsxClose(h) | Mark::JsxCloseText(h, _) => {
            let k = stack.iter().rposition(
                |(o, _)| matches!(o, Mark::JsxOpen(g, ..) | Mark::JsxOpenText(g, _) if *g == h),
            )?;
            stack.truncate(k + 1);
            return stack.pop();
        }
        Mark::ShortClose(h) => {
            let k = stack
                .iter()
                .rposition(|(o, _)| matches!(o, Mark::ShortOpen(g) if *g == h))?;
            stack.truncate(k + 1);
            return stack.pop();
        }
    }
    None
}

/// Whether `text` may hold a box's fence (one scan per kind; most texts hold none).
fn may_hold_boxes(b: &[u8]) -> bool {
    memchr::memmem::find(b, b":::").is_some()
        || memchr::memmem::find(b, b">>>").is_some()
        || memchr::memmem::find_iter(b, b"</")
            .any(|i| b.get(i + 2).is_some_and(u8::is_ascii_uppercase))
        || memchr::memmem::find_iter(b, b"{{").any(|i| {
            // A Hugo shortcode's closing tag: `{{< /quote >}}`, `{{%/quote%}}`.
            matches!(b.get(i + 2), Some(b'<' | b'%'))
                && b.get(i + 3..)
                    .and_then(|r| r.iter().find(|c| !matches!(c, b' ' | b'\t')))
                    == Some(&b'/')
        })
}

/// Whether `line` is a container's header line (`!!! quote "Title"`, `??? note`, `===
/// "Tab"`).
pub(crate) fn is_container_header(line: &str) -> bool {
    header(line).is_some()
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

/// The containers of `text` at its top level, in order: MkDocs' indented ones (a header line
/// at the start of a line, outside fenced code and HTML blocks; its body the lines after it
/// that are blank or indented by four columns, up to the last of those that is not blank),
/// MyST's directive fences and the fenced boxes (see [`fenced_boxes`]). One with no body is
/// none. Containers inside a body are found when the body is read.
pub(crate) fn containers(text: &str) -> Vec<Container> {
    let b = text.as_bytes();
    // Every header opens a line with `!!!`, `???` or `===`.
    let myst =
        memchr::memmem::find(b, b"``{").is_some() || memchr::memmem::find(b, b"~~{").is_some();
    let fenced = may_hold_boxes(b);
    if memchr::memmem::find(b, b"!!!").is_none()
        && memchr::memmem::find(b, b"???").is_none()
        && memchr::memmem::find(b, b"===").is_none()
        && !myst
        && !fenced
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The fences of fenced boxes: (line start, line end, next line's start, what).
    let mut marks: Vec<(usize, usize, usize, Mark)> = Vec::new();
    let mut scan = LineScan::default();
    let mut it = lines(text).peekable();
    while let Some((s, e, next)) = it.next() {
        let line = text.get(s..e).unwrap_or("");
        let outside = !(scan.in_code_or_raw() || scan.html);
        let plain = scan.plain(line);
        if let Some(m) = scan.mark.filter(|_| fenced) {
            marks.push((s, e, next, m));
        }
        if !plain {
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
                indent: 4,
                hide: [0..0, 0..0],
                cite: None,
            });
        }
    }
    if !marks.is_empty() {
        fenced_boxes(text, &marks, &mut out);
    }
    out
}

/// Adds the fenced boxes that `marks` (every fence of `text`, in order) open and close to
/// `out`: a fenced div (its fences hidden; a quotation's or a callout's body read on its
/// own, another's read where it stands), a GitLab `>>>` quotation (its fences hidden), an
/// MDX component (its body read on its own, without the indentation all its lines share,
/// since MDX has no indented code; its closing tag hidden, its opening tag kept for the HTML
/// front end to take an `href` prop). A line after the closing tag then starts afresh, not
/// in the HTML block CommonMark would take the tag for (`<TabItem …>Text [link](…)</TabItem>`).
/// A container found before inside a body read on its own goes: the body's reading finds it.
fn fenced_boxes(text: &str, marks: &[(usize, usize, usize, Mark)], out: &mut Vec<Container>) {
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, &(.., m)) in marks.iter().enumerate() {
        if matches!(m, Mark::JsxLine(..) | Mark::ShortLine(..)) {
            // Opened and closed on one line: a box of its own.
            pairs.push((i, i));
        } else if let Some((_, o)) = box_step(&mut stack, m, i) {
            pairs.push((o, i));
        }
    }
    pairs.sort_unstable();
    // Where the last box read on its own ends: boxes inside it are its body's.
    let mut covered = 0;
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut found = Vec::new();
    for (o, c) in pairs {
        let (Some(&(os, oe, next, open)), Some(&(cs, ce, _, close))) = (marks.get(o), marks.get(c))
        else {
            continue;
        };
        if os < covered {
            continue;
        }
        let words_by_tags = matches!(
            open,
            Mark::JsxOpenText(..) | Mark::JsxLine(..) | Mark::ShortLine(..)
        ) || matches!(close, Mark::JsxCloseText(..));
        if words_by_tags && !stands_apart(text, marks, o, c) {
            continue;
        }
        // A quotation component's or shortcode's words may share a line with its tags
        // (`<Quote cite="…">Words`, `late.</Quote>`): the body starts after the opening tag
        // and ends before the closing one, which are hidden, not their whole lines.
        let (body_start, open_fence) = match open {
            Mark::JsxOpenText(_, w) | Mark::JsxLine(w, _) | Mark::ShortLine(w, _) => {
                (os + w, os..os + w)
            }
            _ => (next, os..oe),
        };
        let (close_at, close_fence) = match close {
            Mark::JsxCloseText(_, k) | Mark::JsxLine(_, k) | Mark::ShortLine(_, k) => {
                (cs + k, cs + k..ce)
            }
            _ => (cs, cs..ce),
        };
        let body_text = text.get(body_start..close_at).unwrap_or("");
        let body_end = body_start + body_text.trim_end_matches([' ', '\t', '\r', '\n']).len();
        let body = body_start..body_end.max(body_start);
        let fences = [open_fence, close_fence.clone()];
        let (quote, callout, hide) = match open {
            Mark::ColonOpen(false, false) => {
                found.push(Container {
                    body: body_start..body_start,
                    quote: false,
                    callout: false,
                    indent: 0,
                    hide: fences,
                    cite: None,
                });
                continue;
            }
            Mark::ColonOpen(q, c) => (q, c, fences),
            Mark::Gitlab => (true, false, fences),
            // A quotation component's props are read here (`cite`, see `fence_cite`): its
            // tag is hidden too, unless it has an `href` for the HTML front end to take
            // (which would also take `<Blockquote cite="– Ada Byron">` for an address).
            Mark::JsxOpen(_, true, c)
                if !body.is_empty()
                    && text
                        .get(os..oe)
                        .is_some_and(|l| super::attr(l, "href").is_none()) =>
            {
                (true, c, fences)
            }
            Mark::JsxOpen(_, q, c) if !body.is_empty() => (q, c, [0..0, close_fence]),
            Mark::JsxOpenText(..) | Mark::JsxLine(..) if !body.is_empty() => {
                let href = text
                    .get(os..body_start)
                    .is_some_and(|l| super::attr(l, "href").is_some());
                (true, false, if href { [0..0, close_fence] } else { fences })
            }
            Mark::ShortOpen(_) | Mark::ShortLine(..) if !body.is_empty() => (true, false, fences),
            _ => continue,
        };
        let cite = text
            .get(os..oe)
            .and_then(|l| fence_cite(l, open))
            .map(|r| os + r.start..os + r.end);
        // (Words after the opening tag start the body mid-line: the indentation the other
        // lines share is taken off.)
        let skip = usize::from(matches!(open, Mark::JsxOpenText(..)));
        let indent = match open {
            Mark::JsxOpen(..) | Mark::JsxOpenText(..) => lines(body_text)
                .skip(skip)
                .filter_map(|(s, e, _)| {
                    let l = body_text.get(s..e)?;
                    let (cols, bytes) = indentation(l, usize::MAX);
                    (bytes < l.trim_end().len()).then_some(cols)
                })
                .min()
                .unwrap_or(0),
            _ => 0,
        };
        covered = ce;
        spans.push(os..ce);
        found.push(Container {
            body,
            quote,
            callout,
            indent,
            hide,
            cite,
        });
    }
    if found.is_empty() {
        return;
    }
    out.retain(|c| !spans.iter().any(|s| s.contains(&c.body.start)));
    out.append(&mut found);
    out.sort_by_key(|c| c.body.start);
}

/// Whether the box from fence `o` to fence `c` of `marks` stands as a block of its own: a
/// blank line (or the text's start, or another fence) before it, and one (or the text's
/// end, or another fence) after it. A component whose words share its tags' lines inside a
/// paragraph (`As she put it,` then `<Quote>so it goes</Quote>` on the next line) is inline
/// in running text, as MDX reads it.
fn stands_apart(text: &str, marks: &[(usize, usize, usize, Mark)], o: usize, c: usize) -> bool {
    let blank = |l: &str| l.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r'));
    let (Some(&(os, ..)), Some(&(_, ce, next, _))) = (marks.get(o), marks.get(c)) else {
        return false;
    };
    let before = os == 0
        || o.checked_sub(1)
            .and_then(|p| marks.get(p))
            .is_some_and(|m| m.2 == os)
        || text.get(..os.saturating_sub(1)).is_some_and(|head| {
            blank(
                head.rfind('\n')
                    .map_or(head, |k| head.get(k + 1..).unwrap_or("")),
            )
        });
    let after = ce >= text.len()
        || marks.get(c + 1).is_some_and(|m| m.0 == next)
        || text.get(next..).is_some_and(|tail| {
            blank(memchr::memchr(b'\n', tail.as_bytes()).map_or(tail, |k| &tail[..k]))
        });
    before && after
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
    if ["epigraph", "pull-quote", "pullquote"].contains(&name) {
        Some((true, false))
    } else {
        MYST_CALLOUTS.contains(&name).then_some((false, true))
    }
}

/// MyST's directives that set a Markdown body off in a box.
const MYST_CALLOUTS: [&str; 20] = [
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
        indent: 4,
        hide: [0..0, 0..0],
        cite: None,
    })
}

/// `text` with the containers' bodies blanked out (every byte a space, line breaks kept):
/// the same length, so every other offset stays; the bodies are read on their own.
pub(super) fn blank(text: &str, containers: &[Container]) -> String {
    let mut out = text.as_bytes().to_vec();
    for c in containers {
        let [h0, h1] = &c.hide;
        for r in [&c.body, h0, h1] {
            for byte in out.get_mut(r.clone()).unwrap_or(&mut []) {
                if *byte != b'\n' {
                    *byte = b' ';
                }
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// A container's body without `cols` columns of indentation, and where each of its lines
/// starts: (offset in the body's text, offset in `text`).
pub(super) fn unindent(
    text: &str,
    body: Range<usize>,
    cols: usize,
) -> (String, Vec<(usize, usize)>) {
    let src = text.get(body.clone()).unwrap_or("");
    let mut out = String::with_capacity(src.len());
    let mut map = Vec::new();
    for (s, e, next) in lines(src) {
        let line = src.get(s..e).unwrap_or("");
        let cut = if cols == 0 {
            0
        } else {
            indentation(line, cols).1
        };
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

/// Whether `text` is written with Obsidian's wikilinks (`[[Page]]`, `[[Page|alias]]`,
/// `![[embed.png]]`): it holds `[[…]]` on a line, and none is followed by `(`, `[` or `:`.
/// In other Markdown `[[1]](https://…)` is a link whose text is `[1]`, which a wikilink
/// reading would break (as Obsidian breaks it): such a document is read without them.
pub(crate) fn wikilinks(text: &str) -> bool {
    let b = text.as_bytes();
    let mut any = false;
    for at in memchr::memmem::find_iter(b, b"[[") {
        let rest = b.get(at + 2..).unwrap_or(&[]);
        // A note's name is short: looked for within a line's first 512 bytes.
        let rest = rest.get(..rest.len().min(512)).unwrap_or(rest);
        let rest = memchr::memchr(b'\n', rest).map_or(rest, |n| &rest[..n]);
        let Some(close) = memchr::memmem::find(rest, b"]]").filter(|&c| c > 0) else {
            continue;
        };
        if matches!(rest.get(close + 2), Some(b'(' | b'[' | b':')) {
            return false;
        }
        any = true;
    }
    any
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

    /// The fences of fenced boxes, and lines that only look like them.
    #[test]
    fn box_fences_and_look_alikes() {
        use super::{mark, Mark};
        assert_eq!(mark("::: epigraph"), Some(Mark::ColonOpen(true, false)));
        assert_eq!(
            mark("::: {#q .blockquote}"),
            Some(Mark::ColonOpen(true, false))
        );
        assert_eq!(mark(":::tip[Title]"), Some(Mark::ColonOpen(false, true)));
        assert_eq!(
            mark("::: {.callout-note collapse=\"true\"}"),
            Some(Mark::ColonOpen(false, true))
        );
        assert_eq!(mark(":::: {.columns}"), Some(Mark::ColonOpen(false, false)));
        assert_eq!(mark("  ::::  "), Some(Mark::ColonClose));
        assert_eq!(mark(">>>"), Some(Mark::Gitlab));
        assert!(matches!(
            mark("<TabItem value=\"a\" label=\"A > B\" attributes={{x: 1}}>"),
            Some(Mark::JsxOpen(_, false, false))
        ));
        assert!(matches!(mark("</TabItem>"), Some(Mark::JsxClose(_))));
        for not in [
            "::",
            "::: \"quoted\"",
            "    ::: epigraph",
            ">>> import os",
            "> >>>",
            "<DIV>",
            "<div class=\"x\">",
            "<Card href=\"x\" />",
            "<TabItem value=\"a\">Text on the line</TabItem>",
            "<Tab-item>",
        ] {
            assert_eq!(mark(not), None, "{not}");
        }
    }

    /// A quotation component or shortcode holding its words on its tags' lines: where the
    /// words start and the closing tag starts; inline uses and other components none.
    #[test]
    fn words_on_the_tags_lines() {
        use super::{mark, Mark};
        assert_eq!(
            mark("<Quote cite=\"https://a.example/\">Words said.</Quote>"),
            Some(Mark::JsxLine(33, 44))
        );
        assert_eq!(
            mark("  <Quote>  Words. </Quote >\r"),
            Some(Mark::JsxLine(11, 18))
        );
        assert!(matches!(
            mark("<PullQuote source=\"x\">First words"),
            Some(Mark::JsxOpenText(_, 22))
        ));
        assert!(matches!(
            mark(" last words.</PullQuote>"),
            Some(Mark::JsxCloseText(_, 12))
        ));
        assert_eq!(
            mark("{{< quote source=\"s\" >}} Words. {{< /quote >}}"),
            Some(Mark::ShortLine(25, 32))
        );
        assert_eq!(
            mark("{{% quote %}}W{{% /quote %}}"),
            Some(Mark::ShortLine(13, 14))
        );
        for not in [
            "<Quote>a phrase</Quote> in a sentence",
            "<Quote>a phrase</QuoteBox>",
            "<Quote><Quote>nested</Quote>",
            "<Quote>   </Quote>",
            "<Tooltip title=\"t\">hover words</Tooltip>",
            "<TabItem value=\"a\">Text on the line",
            "He said <Quote>so</Quote>",
            "words</quote>",
            "words</Tooltip>",
            "{{< quote >}}Words{{< /blockquote >}}",
            "{{< quote >}}Words{{% /quote %}}",
            "{{< notice >}}Words{{< /notice >}}",
            "{{< quote >}}{{< /quote >}}",
            "{{< quote >}}a {{< b >}} c{{< /quote >}}",
            "    <Quote>Words.</Quote>",
        ] {
            assert_eq!(mark(not), None, "{not}");
        }
    }

    /// Hugo's quotation shortcodes are fences (opening and closing matched by name), other
    /// shortcodes and look-alikes none; the address a fence cites is an `http(s)` one.
    #[test]
    fn quotation_shortcodes_and_their_addresses() {
        use super::{fence_cite, mark, Mark};
        let open = mark("{{< quote source=\"https://a.example/x\" >}}");
        assert!(matches!(open, Some(Mark::ShortOpen(_))), "{open:?}");
        let close = mark("  {{%/quote%}}  ");
        assert!(matches!(close, Some(Mark::ShortClose(_))), "{close:?}");
        assert!(matches!(
            (open, mark("{{< /blockquote >}}")),
            (Some(Mark::ShortOpen(a)), Some(Mark::ShortClose(b))) if a != b
        ));
        for not in [
            "{{< figure src=\"/x.png\" >}}",
            "{{< notice tip >}}",
            "{{</* quote */>}}",
            "{{< quote />}}",
            "{{< quotes >}}",
            "{{< quote >}} and text",
            "{{< quote {{ .Get 0 }} >}}",
            "{{<",
            "{{< >}}",
            "{{< /é >}}",
            "    {{< quote >}}",
        ] {
            assert_eq!(mark(not), None, "{not}");
        }
        let cite = |line: &str| {
            let m = mark(line)?;
            fence_cite(line, m)
                .and_then(|r| line.get(r))
                .map(str::to_string)
        };
        for (line, want) in [
            (
                "{{< quote source=\"https://a.example/x\" >}}",
                Some("https://a.example/x"),
            ),
            (
                "{{% blockquote link=`http://b.example/` %}}",
                Some("http://b.example/"),
            ),
            (
                "{{< blockquote \"Ana\" \"https://c.example/y\" \"T\" >}}",
                Some("https://c.example/y"),
            ),
            (
                "{{< blockquote Ana https://d.example/z >}}",
                Some("https://d.example/z"),
            ),
            (
                "{{< blockquote author=\"Ana\" title=\"https://e.example/\" >}}",
                None,
            ),
            ("{{< quote source=\"/local/page\" >}}", None),
            ("{{< quote >}}", None),
            (
                "<Quote cite=\"https://f.example/q\">",
                Some("https://f.example/q"),
            ),
            (
                "<PullQuote source='https://g.example/'>",
                Some("https://g.example/"),
            ),
            ("<Blockquote cite=\"– Ada Byron\">", None),
            ("<Quote :cite=\"pageUrl\">", None),
            ("<Card cite=\"https://h.example/\">", None),
        ] {
            assert_eq!(cite(line).as_deref(), want, "{line}");
        }
    }

    /// A document is read with wikilinks only when it writes them and no `[[1]](…)`.
    #[test]
    fn wikilink_documents() {
        use super::wikilinks;
        assert!(wikilinks("See [[Page]] and [[Other|alias]].\n"));
        assert!(!wikilinks(
            "See [[1]](https://example.org/) and [[Page]].\n"
        ));
        assert!(!wikilinks("Plain [link](x) and [^1].\n"));
        assert!(!wikilinks("Open [[ only\n]] later\n"));
    }

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
