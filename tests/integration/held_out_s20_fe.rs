//! Regressions in the front ends found by the twentieth session's held-out evaluation: notes
//! and footnote markup that were not read as notes, containers and code shortcodes of static
//! site generators read wrongly, hidden text read as the article's. Every rule has its
//! negative cases beside it: what the rule must not catch.

use citecheck::model::{Attribution, DocKind, QuoteKind};

use crate::support::{cited, extract_as, extract_markdown, note, quote};

/// Whether some quote's text contains `part`.
fn has_quote(e: &citecheck::model::Extraction, part: &str) -> bool {
    e.quotes.iter().any(|q| q.text.contains(part))
}

/// Japanese notes written as their markers are (`（注1）…` under `注`), in ASCII or
/// full-width brackets and digits, or `注2　…`: each line is a note, the marker `（注1）` in
/// the text cites it, and the title in corner brackets inside a note is the note's title,
/// not a quotation of the article.
#[test]
fn japanese_notes_written_as_their_markers() {
    let md =
        "# 記事\n\n市の担当者は「来年度中に全ての公園へ照明を追加する予定だ」と話した（注1）。\
              また、住民は「夜の散歩が安心してできるようになってほしい」と述べた(注2)。\n\n\
              ## 注\n\n\
              （注1）市公園課「公園照明整備計画の進捗について」2023年、https://city.example.jp/a\n\
              (注2)住民説明会議事録、https://city.example.jp/b\n";
    let e = extract_markdown(md);
    assert_eq!(cited(&e, "来年度中")[0].0.as_deref(), Some("1"));
    assert_eq!(cited(&e, "夜の散歩")[0].0.as_deref(), Some("2"));
    assert_eq!(note(&e, "1").urls, ["https://city.example.jp/a"]);
    assert_eq!(
        note(&e, "1").title.as_deref(),
        Some("公園照明整備計画の進捗について")
    );
    assert!(!has_quote(&e, "公園照明整備計画"), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // `注1　…` and `注 2：…` lines, full-width digits in the marker and the note, in HTML.
    let html = "<p>担当者は「全ての避難所へ蓄電池を配備する予定だ」と説明した（注１）。\
                別の職員は「停電時の連絡手段も見直している最中だ」と話した（注2）。</p>\
                <h2>注</h2><p>注１　県危機管理課「避難所の電源」2024年、\
                <a href=\"https://pref.example.jp/a\">https://pref.example.jp/a</a></p>\
                <p>注 2：県防災会議資料、https://pref.example.jp/b</p>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(cited(&e, "全ての避難所")[0].0.as_deref(), Some("1"));
    assert_eq!(cited(&e, "停電時")[0].0.as_deref(), Some("2"));
    assert!(!has_quote(&e, "避難所の電源"), "{:#?}", e.quotes);
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // Not notes: `注意` (a word), a label with nothing after it, a number without `注`.
    let md = "担当者は「全ての避難所へ蓄電池を配備する予定だ」と説明した。\n\n## 注\n\n\
              注意：これは注ではありません、https://ex.jp/x\n";
    let e = extract_markdown(md);
    assert!(e.footnotes.is_empty(), "{:#?}", e.footnotes);
}

/// LaTeXML's footnotes (arXiv's HTML): `span.ltx_note` holds the mark shown in the text and,
/// in `ltx_note_content`, the note with its own copy of the mark. The mark is the marker, the
/// content the note with its links; the paragraph's text goes on after the note, so a
/// quotation after it in the sentence is still read with what is before.
#[test]
fn latexml_footnotes_are_notes() {
    let note = |n: &str, body: &str| {
        format!(
            "<span id=\"footnote{n}\" class=\"ltx_note ltx_role_footnote\"><sup \
             class=\"ltx_note_mark\">{n}</sup><span class=\"ltx_note_outer\"><span \
             class=\"ltx_note_content\"><sup class=\"ltx_note_mark\">{n}</sup><span \
             class=\"ltx_tag ltx_tag_note\">{n}</span>{body}</span></span></span>"
        )
    };
    let html = format!(
        "<div class=\"ltx_para\"><p class=\"ltx_p\">Earlier studies report that raters \
         “disagree most on the shortest and most ambiguous items”{}. As the workshop put \
         it{}, “every single rating deserves to be published with the data”.</p></div>",
        note("1", "Personal communication, 2023."),
        note(
            "2",
            "Workshop summary, <a href=\"https://workshop.example.org/s\" class=\"ltx_ref \
             ltx_url\">https://workshop.example.org/s</a>."
        ),
    );
    let e = extract_as(DocKind::Html, &html);
    let first = cited(&e, "disagree most");
    assert_eq!(first[0].0.as_deref(), Some("1"));
    assert_eq!(first[0].2, Attribution::MarkerAfter);
    // The quotation after the second note, in the paragraph the note interrupted.
    let second = cited(&e, "every single rating");
    assert_eq!(second[0].0.as_deref(), Some("2"), "{second:?}");
    assert_eq!(second[0].2, Attribution::MarkerBefore);
    assert_eq!(
        crate::support::note(&e, "2").urls,
        ["https://workshop.example.org/s"]
    );
    assert_eq!(
        crate::support::note(&e, "1").text,
        "Personal communication, 2023."
    );
    // No note text in the article's quotations, no marker without its note.
    assert!(e.quotes.iter().all(|q| !q.text.contains("Personal")));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);
}

/// Asciidoctor's quote block credits its quotation in a `div.attribution` after the
/// `blockquote` (`— Name<br><cite><a href>…</a></cite>`): the link cites the quotation,
/// whatever the credit's words. Its verse block quotes a poem in a `pre.content`, which is
/// no code. An attribution with no quotation before it cites nothing.
#[test]
fn asciidoctor_quote_and_verse_blocks() {
    let html = "<div class=\"quoteblock\"><blockquote><div class=\"paragraph\"><p>Every restore \
                you have not tested is a restore that will fail on the worst night.</p></div>\
                </blockquote><div class=\"attribution\">&#8212; Storage incident review \
                SR-118<br><cite><a href=\"https://wiki.example.com/sr-118\">SR-118 review</a>\
                </cite></div></div>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "Every restore");
    assert_eq!(q.kind, QuoteKind::Block);
    assert_eq!(
        cited(&e, "Every restore")[0].1.as_deref(),
        Some("https://wiki.example.com/sr-118")
    );

    let html = "<div class=\"verseblock\"><pre class=\"content\">The tide goes out past the \
                quiet pier\nand takes the evening with it.</pre><div class=\"attribution\">\
                &#8212; A. Poet<br><cite><a href=\"https://poems.example/tide\">Tide</a></cite>\
                </div></div><div class=\"listingblock\"><div class=\"content\"><pre>print(\"not \
                a quotation of anyone at all\")</pre></div></div>";
    let e = extract_as(DocKind::Html, html);
    assert_eq!(quote(&e, "The tide goes out").kind, QuoteKind::Block);
    assert_eq!(
        cited(&e, "The tide goes out")[0].1.as_deref(),
        Some("https://poems.example/tide")
    );
    assert!(!has_quote(&e, "not a quotation"), "{:#?}", e.quotes);

    let html = "<p>The team said “backups are only as good as the last restore test” in \
                March.</p><div class=\"attribution\">&#8212; Notes by the editor<br><a \
                href=\"https://ex.org/editor\">editor</a></div>";
    let e = extract_as(DocKind::Html, html);
    assert!(cited(&e, "backups are only").is_empty());
}

/// MkDocs admonitions and content tabs: the body is indented under the header line, and
/// CommonMark reads an indented paragraph after a blank line as code, which dropped it. The
/// body is read on its own: a `!!! quote` body is a block quotation cited by its credit
/// line; another admonition's body, or a tab's, is prose (its quotations, links and markers
/// found); a footnote and a reference link defined outside still resolve; nested
/// admonitions are read too.
#[test]
fn mkdocs_admonition_and_tab_bodies_are_read() {
    let md = "# Storage\n\n!!! quote \"What the maintainers say\"\n    \
              We tune for fast writes first and cheap reads second, and we say so.\n\n    \
              — [Project FAQ](https://tsdb.example.io/faq)\n\n\
              !!! note \"Before you upgrade\"\n\n    \
              The vendor calls the migration \"safe to run while the cluster serves \
              traffic\".[^1] See the [release notes][rn].\n\n    \
              !!! warning\n        Support says \"never resize a volume that is more than \
              ninety percent full\".\n\n\
              === \"Linux\"\n\n    Run it as \"the same user that owns the data directory\".\n\n\
              After the boxes.\n\n\
              [rn]: https://tsdb.example.io/releases\n\
              [^1]: Vendor upgrade guide, https://tsdb.example.io/upgrade\n";
    let e = extract_markdown(md);
    let q = quote(&e, "We tune for fast writes");
    assert_eq!(q.kind, QuoteKind::Block);
    assert_eq!((q.line, q.column), (4, 5));
    assert_eq!(
        cited(&e, "We tune for fast writes")[0].1.as_deref(),
        Some("https://tsdb.example.io/faq")
    );
    assert!(!q.text.contains("Project FAQ"), "{}", q.text);
    assert_eq!(
        cited(&e, "safe to run while")[0].0.as_deref(),
        Some("1"),
        "{:#?}",
        e.quotes
    );
    assert!(e
        .links
        .iter()
        .any(|l| l.url == "https://tsdb.example.io/releases"));
    assert!(has_quote(&e, "never resize a volume"));
    assert!(has_quote(&e, "the same user that owns"));
    assert!(e.warnings.is_empty(), "{:?}", e.warnings);

    // Not a container: a header line inside fenced code, or with nothing indented under it.
    let md = "```\n!!! note\n    \"a quoted string inside a code sample\"\n```\n\n\
              !!! tip\n\nPlain text \"after an empty admonition here\".\n";
    let e = extract_markdown(md);
    assert!(!has_quote(&e, "inside a code sample"), "{:#?}", e.quotes);
    assert!(has_quote(&e, "after an empty admonition"));
}

/// The same container rendered by MkDocs Material: `div.admonition.quote` (or a folded
/// `details.quote`) is a block quotation without its title paragraph, cited by its credit;
/// `div.admonition.note` stays a box of prose.
#[test]
fn rendered_quote_admonitions_are_block_quotations() {
    let html = "<div class=\"admonition quote\"><p class=\"admonition-title\">What the \
                maintainers say</p><p>We tune for fast writes first and cheap reads second, \
                and we say so.</p><p>— <a href=\"https://tsdb.example.io/faq\">Project \
                FAQ</a></p></div><details class=\"quote\"><summary>Folded</summary><p>A folded \
                quotation with enough words to count here.</p></details>\
                <div class=\"admonition note\"><p class=\"admonition-title\">Note</p><p>A note \
                box with no quotation marks in it at all.</p></div>";
    let e = extract_as(DocKind::Html, html);
    let q = quote(&e, "We tune for fast writes");
    assert_eq!(q.kind, QuoteKind::Block);
    assert!(!q.text.contains("maintainers say"), "{}", q.text);
    assert_eq!(
        cited(&e, "We tune for fast writes")[0].1.as_deref(),
        Some("https://tsdb.example.io/faq")
    );
    assert_eq!(quote(&e, "A folded quotation").kind, QuoteKind::Block);
    assert!(!has_quote(&e, "Folded"));
    assert!(!has_quote(&e, "note box"));
}

/// Jekyll's `{% highlight %}` … `{% endhighlight %}` and Hugo's `{{< highlight >}}` …
/// `{{< /highlight >}}` hold code to their end tag, across `# comment` lines and blank
/// lines; a Liquid comment is never shown. A tag that is never closed is left as text.
#[test]
fn code_shortcodes_run_to_their_end_tag() {
    for code in [
        "{% highlight ruby %}\n# fetch the booking page\nputs \"no rooms left until the spring \
         thaw, sorry\"\n{% endhighlight %}",
        "{% highlight ruby %}\nputs \"ok\"\n\nputs \"no rooms left until the spring thaw, \
         sorry\"\n{% endhighlight %}",
        "{{< highlight python \"linenos=table\" >}}\n# fetch the booking page\nprint(\"no rooms \
         left until the spring thaw, sorry\")\n{{< /highlight >}}",
        "{% comment %}\nDraft: \"no rooms left until the spring thaw, sorry\"\n\n\
         [old link](https://ex.org/old)\n{% endcomment %}",
    ] {
        let md = format!(
            "Intro.\n\n{code}\n\nThe warden said \"the huts open again in May this year\".\n"
        );
        let e = extract_markdown(&md);
        assert!(!has_quote(&e, "no rooms left"), "{code}: {:#?}", e.quotes);
        assert!(e.links.is_empty(), "{code}: {:#?}", e.links);
        assert!(has_quote(&e, "the huts open again"), "{code}");
        let q = quote(&e, "the huts open again");
        assert_eq!(
            md.lines().nth(q.line - 1).map(|l| l.contains("warden")),
            Some(true)
        );
    }
    // Never closed: the text after the tag is read as before.
    let e = extract_markdown(
        "{% highlight ruby %}\n\nThe warden said \"the huts open again in May this year\".\n",
    );
    assert!(has_quote(&e, "the huts open again"));
}

/// Text the page never shows (an e-mail's preheader hidden with `display:none`, the
/// `hidden` attribute) is no part of the article: a quotation repeated there is reported
/// once, from the body; a link there is still a link. Text shown another way stays: a tab
/// panel's `hidden` (a click shows it), `hidden="until-found"`, `aria-hidden` (hidden from
/// screen readers only).
#[test]
fn hidden_text_is_not_the_article() {
    let html = "<html><body><div style=\"display: none; max-height: 0; overflow: hidden\">\
                “A once-in-a-generation transport plan” — or is it? \
                <a href=\"https://news.example.com/plan\">read</a></div>\
                <span class=\"mcnPreviewText\">“Another teaser line repeated for the inbox”</span>\
                <p hidden>“A hidden paragraph of quoted words here”</p>\
                <p>The mayor called the scheme “a once-in-a-generation transport plan” on \
                Monday.</p></body></html>";
    let e = extract_as(DocKind::Html, html);
    let n = e
        .quotes
        .iter()
        .filter(|q| q.text.contains("once-in-a-generation"))
        .count();
    assert_eq!(n, 1, "{:#?}", e.quotes);
    assert_eq!(quote(&e, "a once-in-a-generation").line, 1);
    assert!(!has_quote(&e, "teaser line"));
    assert!(!has_quote(&e, "hidden paragraph"));
    assert!(e
        .links
        .iter()
        .any(|l| l.url == "https://news.example.com/plan"));

    let html = "<div role=\"tabpanel\" hidden><p>The guide says “always test the restore \
                before the upgrade”.</p></div><div hidden=\"until-found\"><p>It adds “never \
                skip the dry run on a Friday”.</p></div><p><span aria-hidden=\"true\">“Shown \
                to sighted readers in large type”</span></p>";
    let e = extract_as(DocKind::Html, html);
    assert!(has_quote(&e, "always test the restore"));
    assert!(has_quote(&e, "never skip the dry run"));
    assert!(has_quote(&e, "Shown to sighted readers"));
}

/// A document's series and number between a note's names and its quoted title (`Cabinet
/// report 23/118, "…"`) leave the title the note's title: no quotation of the article, and
/// the names before are its authors. A year there is a date, and an initial a name.
#[test]
fn document_number_before_a_notes_title() {
    let md = "The council calls the bus \"a lifeline for villages that lost their last shop\".\
              [^1]\n\n\
              [^1]: Marsh District Council, Committee paper 24/071, \"Rural bus services \
              review\", https://marsh.example.gov.uk/papers/24-071.pdf\n";
    let e = extract_markdown(md);
    assert_eq!(e.quotes.len(), 1, "{:#?}", e.quotes);
    assert_eq!(cited(&e, "a lifeline")[0].0.as_deref(), Some("1"));
    let n = note(&e, "1");
    assert_eq!(n.title.as_deref(), Some("Rural bus services review"));
    assert_eq!(n.authors, ["Marsh District Council"]);

    for (text, author) in [
        (
            "Report No. 45, \"Water quality in the upper basin\", https://ex.org/45",
            None,
        ),
        (
            "Okafor, N. 2019. \"Water quality in the upper basin\". https://ex.org/o",
            Some("Okafor"),
        ),
    ] {
        let md =
            format!("The study found \"little change over the decade\".[^1]\n\n[^1]: {text}\n");
        let e = extract_markdown(&md);
        let n = note(&e, "1");
        assert_eq!(
            n.title.as_deref(),
            Some("Water quality in the upper basin"),
            "{text}"
        );
        assert_eq!(
            n.authors.first().map(|a| a.starts_with("Okafor")),
            author.map(|_| true),
            "{text}: {:?}",
            n.authors
        );
        assert!(!has_quote(&e, "Water quality"), "{text}");
    }
}
