//! Cited bodies that are markup but no HTML, read as the text a reader sees: an XML document
//! or a news feed (RSS, Atom) as its elements' text, and a Markdown file as it renders.
//!
//! An XML reader here rather than a crate: what is needed is element text with entities
//! decoded, CDATA unwrapped, and an element's boundaries kept as line breaks, not a tree or
//! validation; a forgiving scan (a feed cut at `--max-body`, or using HTML's named entities,
//! still reads) does that in one pass. Markdown goes through pulldown-cmark, the parser the
//! article front end uses.
//!
//! Does not own: choosing which reader a body gets (`decode::body_text` does) or decoding
//! bytes.

use memchr::memchr;

use crate::verify::visible_text::html_to_text;

/// How many bytes an entity's name may have (`&CounterClockwiseContourIntegral;` is 33).
const MAX_ENTITY: usize = 40;

/// How an element's content is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
    /// Escaped HTML (or HTML in CDATA): decoded, then read as HTML.
    Html,
    /// Inline XHTML (Atom `type="xhtml"`): its markup read as HTML.
    Xhtml,
}

/// The element being read as HTML: how, how deep inside it the reader is, and its markup.
struct Capture {
    how: Content,
    depth: usize,
    buf: String,
}

/// The text of an XML document: each element's text, entities decoded (the XML ones,
/// numeric references, and HTML's named ones, which feeds use undeclared), CDATA unwrapped;
/// a line break at an element's boundary unless text runs through it on both sides
/// (`H<sub>2</sub>O` is one word, `<title>a</title><title>b</title>` two lines). Comments,
/// processing instructions and the doctype are no text.
///
/// The HTML a feed carries is read as HTML (its tags dropped, its blocks lines): an RSS
/// `description` or `content:encoded`, an Atom element of `type="html"` (escaped or in
/// CDATA) or `type="xhtml"`, and any CDATA section that holds markup. A body cut short reads
/// as far as it goes. One pass, linear in the body.
#[must_use]
pub fn xml_text(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len() / 2);
    let mut cap: Option<Capture> = None;
    let mut i = 0;
    while i < b.len() {
        let Some(lt) = memchr(b'<', &b[i..]).map(|k| i + k) else {
            text_run(&src[i..], &mut out, cap.as_mut());
            break;
        };
        if lt > i {
            text_run(&src[i..lt], &mut out, cap.as_mut());
        }
        let rest = &src[lt..];
        if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let end = body.find("]]>").unwrap_or(body.len());
            let data = &body[..end];
            match cap.as_mut() {
                Some(c) => c.buf.push_str(data),
                None if looks_like_html(data) => block(&html_to_text(data).text, &mut out),
                None => push_text(data, &mut out),
            }
            i = lt + 9 + end + 3;
            continue;
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(b.len(), |k| lt + 4 + k + 3);
            continue;
        }
        if rest.starts_with("<?") {
            i = rest.find("?>").map_or(b.len(), |k| lt + k + 2);
            continue;
        }
        if rest.starts_with("<!") {
            // A doctype, with or without an internal subset (`[ <!ENTITY …> ]`).
            let close = rest.find('>').unwrap_or(rest.len());
            i = match rest.find('[') {
                Some(k) if k < close => rest.find("]>").map_or(b.len(), |e| lt + e + 2),
                _ => lt + close + 1,
            };
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_at = lt + 1 + usize::from(closing);
        if !b
            .get(name_at)
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'_' || c == b':' || c >= 0x80)
        {
            // A `<` that opens no tag is text.
            text_run("<", &mut out, cap.as_mut());
            i = lt + 1;
            continue;
        }
        let Some(end) = tag_end(b, lt) else {
            // A tag cut off at the end of the body.
            break;
        };
        let tag = &src[lt..=end];
        let empty = tag.ends_with("/>");
        if let Some(c) = cap.as_mut() {
            if closing && c.depth == 0 {
                let html = std::mem::take(&mut c.buf);
                let how = c.how;
                cap = None;
                html_block(&html, how, &mut out);
            } else {
                c.buf.push_str(tag);
                if closing {
                    c.depth -= 1;
                } else if !empty {
                    c.depth += 1;
                }
            }
            i = end + 1;
            continue;
        }
        if !joined(b, lt, end) {
            line_break(&mut out);
        }
        if !closing && !empty {
            if let Some(how) = content_of(tag) {
                cap = Some(Capture {
                    how,
                    depth: 0,
                    buf: String::new(),
                });
            }
        }
        i = end + 1;
    }
    if let Some(c) = cap {
        html_block(&c.buf, c.how, &mut out);
    }
    while out.ends_with(['\n', ' ']) {
        out.pop();
    }
    out
}

/// The index of the `>` that ends the tag opening at `lt` (quoted attribute values may hold
/// `>`), if the body holds it.
fn tag_end(b: &[u8], lt: usize) -> Option<usize> {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(lt + 1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return Some(k),
            _ => {}
        }
    }
    None
}

/// Whether text runs through the tag from `lt` to `end` on both sides (`H<sub>2</sub>O`):
/// then it splits no words.
fn joined(b: &[u8], lt: usize, end: usize) -> bool {
    let text =
        |c: Option<&u8>| c.is_some_and(|&c| !c.is_ascii_whitespace() && c != b'>' && c != b'<');
    lt > 0 && text(b.get(lt - 1)) && text(b.get(end + 1))
}

/// How a start tag's content is read, if as HTML: by its `type` (Atom's `html`, `xhtml`,
/// or a media type), else by its name (RSS `description`, `content:encoded`).
fn content_of(tag: &str) -> Option<Content> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let name_end = inner
        .find(|c: char| c.is_ascii_whitespace() || c == '/')
        .unwrap_or(inner.len());
    let name = &inner[..name_end];
    let local = name.rsplit(':').next().unwrap_or(name);
    if let Some(t) = attr(&inner[name_end..], "type") {
        let t = t.trim().to_ascii_lowercase();
        return match t.as_str() {
            "html" | "text/html" => Some(Content::Html),
            "xhtml" | "application/xhtml+xml" => Some(Content::Xhtml),
            _ => None,
        };
    }
    (local.eq_ignore_ascii_case("description") || name.eq_ignore_ascii_case("content:encoded"))
        .then_some(Content::Html)
}

/// The value of an attribute in a tag's attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        let k = rest.find('=')?;
        let key = rest[..k]
            .trim()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let after = rest[k + 1..].trim_start();
        let (value, next) = match after.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => {
                let close = after[1..]
                    .find(char::from(q))
                    .map_or(after.len(), |e| e + 1);
                (&after[1..close], &after[(close + 1).min(after.len())..])
            }
            _ => {
                let e = after
                    .find(|c: char| c.is_ascii_whitespace() || c == '/')
                    .unwrap_or(after.len());
                (&after[..e], &after[e..])
            }
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        rest = next;
    }
}

/// A run of text between tags: decoded into the HTML being gathered, or into the text.
fn text_run(raw: &str, out: &mut String, cap: Option<&mut Capture>) {
    match cap {
        Some(c) if c.how == Content::Xhtml => c.buf.push_str(raw),
        Some(c) => decode_into(raw, &mut c.buf),
        None => {
            if raw.bytes().all(|c| c.is_ascii_whitespace()) {
                return;
            }
            if raw.contains('&') {
                let mut s = String::with_capacity(raw.len());
                decode_into(raw, &mut s);
                push_text(&s, out);
            } else {
                push_text(raw, out);
            }
        }
    }
}

/// Text onto the output, leading whitespace dropped at the start of a line.
fn push_text(s: &str, out: &mut String) {
    if out.is_empty() || out.ends_with('\n') {
        out.push_str(s.trim_start());
    } else {
        out.push_str(s);
    }
}

/// A line break, unless the output is empty or ends in one.
fn line_break(out: &mut String) {
    while out.ends_with([' ', '\t']) {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Text that is a block of its own.
fn block(text: &str, out: &mut String) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    line_break(out);
    out.push_str(text);
    out.push('\n');
}

/// An element's HTML content, read as HTML (markup without a tag or an entity is its own
/// text).
fn html_block(html: &str, how: Content, out: &mut String) {
    if how == Content::Html && !html.contains(['<', '&']) {
        block(html, out);
    } else {
        block(&html_to_text(html).text, out);
    }
}

/// Whether text is HTML markup: a closing or self-closing tag, or a `<br>` or `<p>`.
#[must_use]
pub fn looks_like_html(s: &str) -> bool {
    s.contains('<')
        && s.contains('>')
        && (s.contains("</") || s.contains("/>") || s.contains("<br") || s.contains("<p>"))
}

/// Appends `raw` with its character and entity references decoded: XML's five, numeric
/// ones, and HTML's named ones; one that is none of these stays as written.
fn decode_into(raw: &str, out: &mut String) {
    let b = raw.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = memchr(b'&', &b[i..]) {
        let amp = i + k;
        i = amp + 1;
        let Some(semi) = b[amp + 1..(amp + 2 + MAX_ENTITY).min(b.len())]
            .iter()
            .position(|&c| c == b';')
            .map(|p| amp + 1 + p)
        else {
            continue;
        };
        let Some(decoded) = entity(&raw[amp + 1..semi]) else {
            continue;
        };
        out.push_str(&raw[copied..amp]);
        out.push_str(&decoded);
        copied = semi + 1;
        i = semi + 1;
    }
    out.push_str(&raw[copied..]);
}

/// The text of an entity or character reference, by its name (`amp`, `#8217`, `#x2019`).
fn entity(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return Some(char::from_u32(n).unwrap_or('\u{fffd}').to_string());
    }
    let simple = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    };
    if !simple.is_empty() {
        return Some(simple.to_string());
    }
    if !name.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let &(a, b) = html5ever::data::NAMED_ENTITIES.get(format!("{name};").as_str())?;
    let mut s = String::new();
    s.extend(char::from_u32(a));
    if b != 0 {
        s.extend(char::from_u32(b));
    }
    Some(s)
}

/// The text of a Markdown document as it renders: its paragraphs, headings, list items,
/// table cells and code blocks each a line, link texts kept and destinations dropped (as are
/// reference definitions, emphasis markers, heading `#`s and code fences), raw HTML read as
/// HTML, images (whose alt text a reader does not see) and footnote calls dropped.
#[must_use]
pub fn markdown_text(src: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut out = String::with_capacity(src.len());
    let mut images = 0usize;
    let mut html = String::new();
    for ev in Parser::new_ext(src, opts) {
        match ev {
            Event::Start(Tag::Image { .. }) => images += 1,
            Event::End(TagEnd::Image) => images = images.saturating_sub(1),
            _ if images > 0 => {}
            Event::Text(t) | Event::Code(t) => push_text(&t, &mut out),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => line_break(&mut out),
            Event::Html(h) => html.push_str(&h),
            Event::End(TagEnd::HtmlBlock) => {
                block(&html_to_text(&html).text, &mut out);
                html.clear();
            }
            Event::InlineHtml(h) if h.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("<br")) => {
                line_break(&mut out);
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::Item
                | Tag::TableCell
                | Tag::FootnoteDefinition(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::FootnoteDefinition,
            )
            | Event::Rule => line_break(&mut out),
            _ => {}
        }
    }
    while out.ends_with(['\n', ' ']) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_elements_are_lines_and_entities_decoded() {
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE r [ <!ENTITY x \"y\"> ]>\
                   <r><a>Salt &amp; pepper&#8217;s</a><b>two</b><!-- no --><c>H<sub>2</sub>O &rsquo;</c></r>";
        assert_eq!(xml_text(doc), "Salt & pepper\u{2019}s\ntwo\nH2O \u{2019}");
    }

    #[test]
    fn feed_html_is_read_as_html() {
        let rss = "<rss><channel><item><title>One &amp; all</title>\
            <description><![CDATA[<p>The pier <em>will</em> reopen.</p><p>Next</p>]]></description>\
            </item><item><description>&lt;p&gt;A &lt;strong&gt;long&lt;/strong&gt; wait &amp;amp; more&lt;/p&gt;</description>\
            </item></channel></rss>";
        assert_eq!(
            xml_text(rss),
            "One & all\nThe pier will reopen.\nNext\nA long wait & more"
        );
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"text\">T</title>\
            <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Rates <b>rose</b> &amp; fell.</p></div></content>\
            <summary type='html'>&lt;i&gt;Short&lt;/i&gt;</summary></entry></feed>";
        assert_eq!(xml_text(atom), "T\nRates rose & fell.\nShort");
    }

    #[test]
    fn a_cut_or_broken_body_reads_as_far_as_it_goes() {
        assert_eq!(xml_text("<r><a>one</a><b>tw"), "one\ntw");
        assert_eq!(xml_text("<r><a>one</a><b x=\"1"), "one");
        assert_eq!(xml_text("<r>a < b &bogus; &amp</r>"), "a < b &bogus; &amp");
        assert_eq!(xml_text("<r><![CDATA[open"), "open");
    }

    #[test]
    fn markdown_reads_as_rendered() {
        let md = "# Timetable {#tt}\n\nThe **last** boat leaves at [nine](/boats/late \"t\").\n\
                  See [the notice][n] and ![a pier](/p.png).\n\n[n]: https://example.org/n\n\n\
                  ```text\nfenced code\n```\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n";
        assert_eq!(
            markdown_text(md),
            "Timetable\nThe last boat leaves at nine. See the notice and .\nfenced code\n\
             one\ntwo\na\nb\nc\nd"
        );
    }
}
