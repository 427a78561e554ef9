//! The fifty-fifth session's plain-text inputs without a name to go by: standard input and
//! files with no extension are read as plain text unless written as Markdown, so a
//! newsletter's indented quotation is a quotation, not a code block.

use citecheck::model::{DocKind, ExtractReport};

use crate::support::{write, Cli};

/// A plain-text bulletin: a paragraph indented four spaces, quoted and introduced by a
/// line ending in a bracketed note number, and a notes list.
const BULLETIN: &str = "Ferry Timetable Watch\n\
By Odile Brannock\n\
\n\
The crossing now runs half as often as it did. The operator's own\n\
summary admits as much (1):\n\
\n\
    \"Winter sailings have been reduced to three a day, and the late\n\
    crossing will not run again before the spring.\"\n\
\n\
Islanders call the change a \"slow goodbye\".\n\
\n\
Notes\n\
\n\
1. Skerrow Ferries, Winter Timetable Notice, October 2025,\n\
<https://ferries.example.org/winter-notice>\n";

fn extracted(out: &crate::support::Output) -> ExtractReport {
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}\nstderr: {}\nstdout: {}", out.stderr, out.stdout))
}

/// Standard input with no `--input-format` and no Markdown in it is read as plain text:
/// the indented quotation is a block quote cited by note 1. Before, it was read as
/// Markdown, the quotation became a code block and vanished (so `check -` passed a
/// misquote in it). Markdown there is still Markdown.
#[test]
fn plain_text_on_standard_input_keeps_its_indented_quotation() {
    let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
        .stdin(BULLETIN)
        .run();
    let report = extracted(&out);
    let doc = &report.documents[0];
    assert_eq!(doc.format, DocKind::Text, "{doc:#?}");
    let q = doc
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Winter sailings have been reduced"))
        .unwrap_or_else(|| panic!("no block quote in {:#?}", doc.quotes));
    let notes: Vec<_> = q
        .citations
        .iter()
        .filter_map(|c| c.footnote.as_deref())
        .collect();
    assert_eq!(notes, ["1"], "{q:#?}");
    markdown_on_standard_input_is_still_markdown();
}

/// A file with no extension (as a pipe or process substitution names it) is read so too.
#[test]
fn plain_text_in_a_file_with_no_extension_keeps_its_indented_quotation() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "bulletin", BULLETIN);
    let out = Cli::in_dir(
        dir.path(),
        &["extract", "--no-config", "bulletin", "--format", "json"],
    )
    .run();
    let doc = &extracted(&out).documents[0];
    assert_eq!(doc.format, DocKind::Text, "{doc:#?}");
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.text.starts_with("Winter sailings have been reduced")),
        "{:#?}",
        doc.quotes
    );
}

/// Markdown on standard input is still read as Markdown, even with only emphasis or a
/// code span to show it (its indented block stays code).
fn markdown_on_standard_input_is_still_markdown() {
    for article in [
        "The pier is *closed* until May.\n\n    \"not a quotation\" in code\n",
        "Run `harbour --status` to see it.\n\n    \"not a quotation\" in code\n",
        "## Pier works\n\nThe pier is closed.\n",
    ] {
        let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
            .stdin(article)
            .run();
        let doc = &extracted(&out).documents[0];
        assert_eq!(doc.format, DocKind::Markdown, "{article:?}");
        assert!(doc.quotes.is_empty(), "{article:?}: {:#?}", doc.quotes);
    }
}

/// Review regressions: Markdown on standard input shown only by a `>` quotation's lazy
/// continuation line was read as plain text and lost its quotation; plain text quoting in
/// the old style (`` `like this' ``, twice on a line) was taken for Markdown code spans.
#[test]
fn standard_input_with_a_lazy_quotation_is_markdown_and_old_quotes_are_not_code() {
    let article = "The trust's notice is at https://trust.example.org/notice today.\n\n\
                   > Every branch that closes will be replaced by a mobile\n\
                   library service within a year of the closure.\n";
    let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
        .stdin(article)
        .run();
    let doc = &extracted(&out).documents[0];
    assert_eq!(doc.format, DocKind::Markdown, "{doc:#?}");
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.text.starts_with("Every branch that closes")),
        "{:#?}",
        doc.quotes
    );
    let old_style = "The bulletin called it a `slow goodbye' and a `quiet cut'.\n\n\
                     The notice said:\n\n    \
                     Winter sailings have been reduced to two a week until the\n    \
                     new vessel enters service in the spring.\n";
    let out = Cli::new(&["extract", "--no-config", "-", "--format", "json"])
        .stdin(old_style)
        .run();
    let doc = &extracted(&out).documents[0];
    assert_eq!(doc.format, DocKind::Text, "{doc:#?}");
}
