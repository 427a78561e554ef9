//! The HTML report (`--format html`): one self-contained file to open in a browser, share, or
//! print.
//!
//! Summary cards; the quotes, each with the article's words beside the source's (differing
//! words highlighted), its verdict and the evidence link; a links table filterable by status;
//! the document and metadata warnings. The "warnings" card counts every finding that only
//! warns, as the other reports' summaries do. Inline CSS and a small inline script (filters only; the report reads fine
//! without it), nothing loaded from the network, and a Content-Security-Policy that forbids
//! loading anything anyway.
//!
//! Everything shown comes from untrusted articles and pages, so everything is escaped: text
//! and attribute values (`& < > " '`), control characters are dropped, and only `http`,
//! `https` and `file` URLs become links (a `javascript:` URL is shown as text).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{
    clean, difference_text, findings, human_duration, is_safe_href, marked_sides, Finding, Level,
    ReportOptions, Subject, A_CLOSE, A_OPEN, S_CLOSE, S_OPEN,
};
use crate::model::{LinkResult, LinkStatus, QuoteResult, Report, Verdict};

/// The longest quote or passage shown, in characters.
const MAX_PASSAGE: usize = 2000;

const CSS: &str = r#"
:root{--fg:#1d1f23;--muted:#5f6670;--bg:#fff;--panel:#f5f6f8;--line:#dcdfe4;--bad:#b42318;--bad-bg:#fdecea;--warn:#9a6700;--warn-bg:#fff4d6;--note:#175cd3;--note-bg:#e8f0fe;--good:#1a7f37;--good-bg:#e6f4ea}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#a0a7b1;--bg:#16181c;--panel:#20242a;--line:#343a42;--bad:#ff8a80;--bad-bg:#3b1f1d;--warn:#f2c661;--warn-bg:#3a3020;--note:#8ab4f8;--note-bg:#1c2a40;--good:#7ee2a8;--good-bg:#1b3326}}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.25em;margin:32px 0 12px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 16px}
.result{display:inline-block;font-weight:600;padding:4px 10px;border-radius:6px;margin:8px 0}
.result.fail{background:var(--bad-bg);color:var(--bad)}.result.pass{background:var(--good-bg);color:var(--good)}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:110px}
.card .n{display:block;font-size:1.6em;font-weight:700;line-height:1.2}
.card .l{color:var(--muted);font-size:.9em}
.card.fail{border-color:var(--bad);background:var(--bad-bg)}.card.fail .n{color:var(--bad)}
.card.warn .n{color:var(--warn)}.card.good .n{color:var(--good)}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px}
.filters button{font:inherit;font-size:.9em;border:1px solid var(--line);background:var(--panel);color:var(--fg);border-radius:999px;padding:2px 12px;cursor:pointer}
.filters button[aria-pressed=true]{background:var(--fg);color:var(--bg);border-color:var(--fg)}
.shown{color:var(--muted);font-size:.9em;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
th{background:var(--panel)}
td.url{word-break:break-all;max-width:420px}
.badge{display:inline-block;font-size:.8em;font-weight:600;padding:1px 8px;border-radius:999px;background:var(--panel);border:1px solid var(--line);white-space:nowrap}
.lvl-error .badge,.badge.lvl-error{background:var(--bad-bg);color:var(--bad);border-color:var(--bad)}
.lvl-warning .badge,.badge.lvl-warning{background:var(--warn-bg);color:var(--warn);border-color:var(--warn)}
.lvl-note .badge,.badge.lvl-note{background:var(--note-bg);color:var(--note);border-color:var(--note)}
.lvl-ok .badge,.badge.lvl-ok{background:var(--good-bg);color:var(--good);border-color:var(--good)}
.quote{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;padding:12px 16px;margin:0 0 14px;break-inside:avoid}
.quote.lvl-error{border-left-color:var(--bad)}.quote.lvl-warning{border-left-color:var(--warn)}.quote.lvl-ok{border-left-color:var(--good)}
.quote>header{display:flex;flex-wrap:wrap;gap:10px;align-items:baseline;margin-bottom:8px}
.pos{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;color:var(--muted)}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:14px}
@media (max-width:700px){.sides{grid-template-columns:1fr}}
.side h3{font-size:.8em;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 4px}
.side blockquote{margin:0;padding:8px 12px;background:var(--panel);border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}
.ctx{color:var(--muted)}
mark.diff-a{background:var(--bad-bg);color:var(--bad);font-weight:700;text-decoration:line-through}
mark.diff-s{background:var(--good-bg);color:var(--good);font-weight:700}
mark.match{background:transparent;color:inherit}
.diffs{margin:8px 0 0;padding-left:20px}.detail{margin:8px 0 0;color:var(--muted)}
.qwarn{margin:8px 0 0;color:var(--warn)}
.qwarn.disputed{color:var(--bad)}
.badge.disputed{margin-left:6px}
a{color:var(--note)}
footer{margin-top:40px;color:var(--muted);font-size:.85em}
@media print{body{max-width:none;padding:0;font-size:11pt;color:#000;background:#fff}
.filters,.shown{display:none}
tr[hidden]{display:table-row!important}.quote[hidden]{display:block!important}
.quote,tr{break-inside:avoid}a{color:inherit}
.sides{grid-template-columns:1fr 1fr}
a[href^="http"]::after{content:""}}
"#;

const JS: &str = r#"
(function () {
  document.querySelectorAll('.filters').forEach(function (bar) {
    var target = document.getElementById(bar.getAttribute('data-target'));
    var out = document.getElementById(bar.getAttribute('data-target') + '-shown');
    var noun = bar.getAttribute('data-noun');
    var items = target.querySelectorAll('[data-status]');
    var buttons = bar.querySelectorAll('button');
    function apply(filter) {
      var n = 0;
      items.forEach(function (item) {
        var on = filter === 'all' ||
          (filter === 'problems' ? item.getAttribute('data-problem') === 'true'
                                 : item.getAttribute('data-status') === filter);
        item.hidden = !on;
        if (on) { n += 1; }
      });
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter));
      });
      out.textContent = 'Showing ' + n + ' of ' + items.length + ' ' + noun;
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () { apply(b.getAttribute('data-filter')); });
    });
    apply(bar.getAttribute('data-initial') || 'all');
  });
})();
"#;

/// Writes the HTML report.
///
/// # Errors
/// Writing fails.
pub fn write(report: &Report, opts: &ReportOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut h = String::with_capacity(64 * 1024);
    render(report, opts, &mut h);
    out.write_all(h.as_bytes())
}

// `write!` into a `String` cannot fail; the results are ignored on purpose throughout.
fn render(report: &Report, opts: &ReportOptions, h: &mut String) {
    let all = findings(report, &opts.fail_policy);
    let errors = all.iter().filter(|f| f.level == Level::Error).count();
    let failing = all.iter().filter(|f| super::fails_by_policy(f)).count();
    let warnings = all.iter().filter(|f| f.level == Level::Warning).count();
    let s = &report.summary;

    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Defence in depth: even if markup slipped through, nothing could be loaded and no
    // script but this file's own could run (inline scripts in a data report are ours).
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>citecheck report</title>\n<style>");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n<header>\n<h1>citecheck report</h1>\n");
    if let Some(phrase) = super::failure_phrase(report, opts, failing) {
        let _ = writeln!(
            h,
            "<p class=\"result fail\" id=\"result\" data-failures=\"{errors}\">✗ {}</p>",
            esc(&phrase)
        );
    } else {
        h.push_str("<p class=\"result pass\" id=\"result\" data-failures=\"0\">✓ Passed</p>\n");
    }
    let names: Vec<String> = super::files(report)
        .iter()
        .map(|f| esc(&clean(f)))
        .collect();
    // A folder's hundred names stood in one paragraph above the summary: past a few, they
    // are folded away under the count.
    if names.len() <= MAX_NAMES_SHOWN {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{} checked in {} · {}</p>\n</header>",
            super::plural(s.documents, "document", "documents"),
            human_duration(s.elapsed_ms),
            names.join(", ")
        );
    } else {
        let _ = writeln!(
            h,
            "<p class=\"meta\">{} checked in {}</p>\n<details class=\"meta\" id=\"files\"><summary>The {} files</summary>{}</details>\n</header>",
            super::plural(s.documents, "document", "documents"),
            human_duration(s.elapsed_ms),
            names.len(),
            names.join(", ")
        );
    }

    // Summary cards.
    h.push_str("<section id=\"summary\" aria-label=\"Summary\" class=\"cards\">\n");
    card(h, "links", s.links, one_many(s.links, "link", "links"), "");
    card(
        h,
        "quotes",
        s.quotes,
        one_many(s.quotes, "quote", "quotes"),
        "",
    );
    card(
        h,
        "failures",
        errors,
        one_many(errors, "failure", "failures"),
        if errors > 0 { "fail" } else { "good" },
    );
    card(
        h,
        "warnings",
        warnings,
        one_many(warnings, "warning", "warnings"),
        if warnings > 0 { "warn" } else { "" },
    );
    for st in LinkStatus::ALL {
        let n = super::status_count(report, st);
        if n > 0 {
            let class = status_class(opts, st);
            card(
                h,
                &format!("status-{}", st.as_str()),
                n,
                &status_label(st, n),
                class,
            );
        }
    }
    // Counted among the statuses above too (a page answered, without the cited anchor).
    // Those that fail the run and those only warned about, apart.
    let (failing, warned) = super::fragment_split(&all, report.summary.missing_fragments);
    for (n, id, class, warnings) in [
        (failing, "fragment-missing", "fail", false),
        (
            warned,
            if failing > 0 {
                "fragment-missing-warn"
            } else {
                "fragment-missing"
            },
            "warn",
            failing > 0,
        ),
    ] {
        if n > 0 {
            let label = one_many(
                n,
                "of these, #fragment missing",
                "of these, #fragments missing",
            );
            let label = if warnings {
                format!("{label} (warnings)")
            } else {
                label.to_string()
            };
            card(h, id, n, &label, class);
        }
    }
    for v in Verdict::ALL {
        if opts.fail_policy.is_failure_verdict(v) {
            // The failing quotes, and apart the short ones only warned about.
            let (failing, other) = opts.fail_policy.verdict_counts(report, v);
            if failing > 0 {
                let id = format!("verdict-{}", v.as_str());
                card(h, &id, failing, &verdict_label(v, failing), "fail");
            }
            if other > 0 {
                let id = format!("verdict-{}-short", v.as_str());
                card(
                    h,
                    &id,
                    other,
                    &if other == 1 {
                        format!("short {} (a warning)", verdict_label(v, 1))
                    } else {
                        format!("short {} (warnings)", verdict_label(v, other))
                    },
                    "warn",
                );
            }
            continue;
        }
        let n = super::verdict_count(report, v);
        if n > 0 {
            let class = if v == Verdict::Verified {
                "good"
            } else {
                "warn"
            };
            card(
                h,
                &format!("verdict-{}", v.as_str()),
                n,
                &verdict_label(v, n),
                class,
            );
        }
    }
    let disputed = super::disputed_count(report);
    if disputed > 0 {
        let class = if opts.fail_policy.fails_on_disputed() {
            "fail"
        } else {
            "warn"
        };
        card(
            h,
            "disputed",
            disputed,
            if disputed == 1 {
                "of these quotes, disputed by its page"
            } else {
                "of these quotes, disputed by their page"
            },
            class,
        );
    }
    h.push_str("</section>\n");

    write_quotes(report, opts, &all, h);
    write_links(report, opts, &all, h);
    write_warnings(&all, h);

    let _ = writeln!(
        h,
        "<footer>Generated by citecheck {} · JSON schema version {}</footer>",
        env!("CARGO_PKG_VERSION"),
        report.schema_version
    );
    h.push_str("<script>");
    h.push_str(JS);
    h.push_str("</script>\n</body>\n</html>\n");
}

/// `one` for a count of 1, else `many`.
fn one_many<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A card's label for `n` links of a status: `1 dead link`, `2 links timed out`.
fn status_label(st: LinkStatus, n: usize) -> String {
    let (one, many) = match st {
        LinkStatus::Ok => ("link ok", "links ok"),
        LinkStatus::Redirected => ("redirected link", "redirected links"),
        LinkStatus::Dead => ("dead link", "dead links"),
        LinkStatus::Error => ("link error", "link errors"),
        LinkStatus::Timeout => ("link timed out", "links timed out"),
        LinkStatus::Blocked => ("blocked link", "blocked links"),
        LinkStatus::Soft404 => ("soft 404", "soft 404s"),
        LinkStatus::Excluded => ("excluded link", "excluded links"),
        LinkStatus::Unsupported => ("unsupported link", "unsupported links"),
        LinkStatus::Invalid => ("invalid link", "invalid links"),
    };
    one_many(n, one, many).to_string()
}

/// A card's label for `n` quotes of a verdict: `1 altered quote`, `2 quotes not found`.
fn verdict_label(v: Verdict, n: usize) -> String {
    let (one, many) = match v {
        Verdict::Verified => ("verified quote", "verified quotes"),
        Verdict::Altered => ("altered quote", "altered quotes"),
        Verdict::Partial => ("partial quote", "partial quotes"),
        Verdict::NotFound => ("quote not found", "quotes not found"),
        Verdict::Unverifiable => ("unverifiable quote", "unverifiable quotes"),
        Verdict::Uncited => ("uncited quote", "uncited quotes"),
    };
    one_many(n, one, many).to_string()
}

/// Documents named in the report's header; more are folded away.
const MAX_NAMES_SHOWN: usize = 8;

fn card(h: &mut String, id: &str, n: usize, label: &str, class: &str) {
    let _ = writeln!(
        h,
        "<div class=\"card {class}\" id=\"card-{}\" data-count=\"{n}\"><span class=\"n\">{n}</span><span class=\"l\">{}</span></div>",
        esc(id),
        esc(label)
    );
}

fn status_class(opts: &ReportOptions, st: LinkStatus) -> &'static str {
    if opts.fail_policy.is_failure_status(st) {
        "fail"
    } else if st == LinkStatus::Ok {
        "good"
    } else if matches!(st, LinkStatus::Blocked | LinkStatus::Invalid) {
        "warn"
    } else {
        ""
    }
}

fn level_class(level: Option<Level>) -> &'static str {
    match level {
        Some(Level::Error) => "lvl-error",
        Some(Level::Warning) => "lvl-warning",
        Some(Level::Note) => "lvl-note",
        None => "lvl-ok",
    }
}

/// The worst level among the findings whose subject is `of`, `None` when there are none.
fn worst_level(all: &[Finding<'_>], of: impl Fn(&Subject<'_>) -> bool) -> Option<Level> {
    all.iter().filter(|f| of(&f.subject)).map(|f| f.level).min()
}

/// The worst level among a quote's findings, `None` when it has none.
fn quote_level(q: &QuoteResult, all: &[Finding<'_>]) -> Option<Level> {
    worst_level(
        all,
        |s| matches!(s, Subject::Quote(x) if std::ptr::eq(*x, q)),
    )
}

fn write_quotes(report: &Report, opts: &ReportOptions, all: &[Finding<'_>], h: &mut String) {
    let _ = writeln!(
        h,
        "<section id=\"quotes-section\">\n<h2>Quotes ({})</h2>",
        report.quotes.len()
    );
    if report.quotes.is_empty() {
        h.push_str("<p>No quotes found.</p>\n</section>\n");
        return;
    }
    filter_bar(
        h,
        "quotes",
        "quotes",
        Verdict::ALL.iter().map(|v| {
            let n = report.quotes.iter().filter(|q| q.verdict == *v).count();
            (v.as_str(), n)
        }),
    );
    h.push_str("<div id=\"quotes\">\n");
    let mut quotes: Vec<(usize, &QuoteResult, Option<Level>)> = report
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (i, q, quote_level(q, all)))
        .collect();
    // Problems first: failures, warnings, then the verified ones; stable within a level.
    quotes.sort_by_key(|(i, _, level)| (level.map_or(3, |l| l as usize), *i));
    for (i, q, level) in quotes {
        write_quote(q, i, level, opts, h);
    }
    h.push_str("</div>\n</section>\n");
}

fn write_quote(
    q: &QuoteResult,
    index: usize,
    level: Option<Level>,
    opts: &ReportOptions,
    h: &mut String,
) {
    let exemption = opts.fail_policy.short_quote_exemption(q);
    let _ = writeln!(
        h,
        "<article class=\"quote {}\" id=\"quote-{}\" data-status=\"{}\" data-problem=\"{}\">",
        level_class(level),
        index + 1,
        q.verdict.as_str(),
        level.is_some()
    );
    let _ = write!(
        h,
        "<header><span class=\"badge\">{}</span><span class=\"pos\">{}:{}:{}</span>",
        esc(&q.verdict.as_str().replace('_', " ")),
        esc(&clean(&q.file)),
        q.line,
        q.column
    );
    if !q.disputes.is_empty() {
        h.push_str("<span class=\"badge disputed\">disputed</span>");
    }
    if let Some(m) = q.match_kind {
        let name = serde_json::to_value(m)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = write!(h, "<span>match: {}</span>", esc(&name));
    }
    if q.verdict != Verdict::Uncited && q.verdict != Verdict::Unverifiable {
        let _ = write!(h, "<span>score {:.2}</span>", q.score);
    }
    // Only a match has evidence (the text-fragment link to it); a quote not found links to
    // the page it was looked for on.
    if let Some(link) = &q.fragment_link {
        let label = format!("{} ↗", super::link_label(q));
        let _ = write!(h, "<span>{}</span>", anchor(&label, link));
    } else if let Some(url) = &q.checked_url {
        let _ = write!(h, "<span>{}</span>", anchor("checked page ↗", url));
    }
    h.push_str("</header>\n<div class=\"sides\">\n");
    let (article, source) = marked_sides(q, MAX_PASSAGE);
    let _ = writeln!(
        h,
        "<div class=\"side\"><h3>Article says</h3><blockquote class=\"article-text\">{}</blockquote></div>",
        marks(&esc(&article))
    );
    match source {
        Some(source) => {
            let before = q
                .context_before
                .as_deref()
                .map(|c| esc(&clean_keep_edges(c)))
                .unwrap_or_default();
            let after = q
                .context_after
                .as_deref()
                .map(|c| esc(&clean_keep_edges(c)))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<div class=\"side\"><h3>Source says</h3><blockquote class=\"source-text\"><span class=\"ctx\">{before}</span><mark class=\"match\">{}</mark><span class=\"ctx\">{after}</span></blockquote></div>",
                marks(&esc(&source))
            );
        }
        None => {
            let why = if q.cited_urls.is_empty() {
                "No citation to check against."
            } else if q.verdict == Verdict::Unverifiable && q.checked_url.is_none() {
                "The cited page could not be read."
            } else if q.verdict == Verdict::Unverifiable {
                // Read, but absence there proves nothing (cut at --max-body, a consent gate,
                // another cited page unreadable): the detail below says which.
                "Not found on the page as it could be read, which proves nothing here: see why below."
            } else {
                "No matching passage on the cited page."
            };
            let _ = writeln!(
                h,
                "<div class=\"side\"><h3>Source says</h3><blockquote class=\"source-text ctx\">{why}</blockquote></div>"
            );
        }
    }
    h.push_str("</div>\n");
    if !q.differences.is_empty() {
        h.push_str("<ul class=\"diffs\">");
        for d in &q.differences {
            let _ = write!(h, "<li>{}</li>", esc(&clean(&difference_text(d))));
        }
        h.push_str("</ul>\n");
    }
    if let Some(why) = &exemption {
        let _ = writeln!(h, "<p class=\"qwarn\">Short quote ({})</p>", esc(why));
    }
    if !q.detail.is_empty() {
        let _ = writeln!(h, "<p class=\"detail\">{}</p>", esc(&clean(&q.detail)));
    }
    for w in &q.warnings {
        if q.is_dispute(w) {
            let _ = writeln!(
                h,
                "<p class=\"qwarn disputed\">⛔ Disputed: {}</p>",
                esc(&clean(w))
            );
        } else {
            let _ = writeln!(h, "<p class=\"qwarn\">⚠ {}</p>", esc(&clean(w)));
        }
    }
    if !q.cited_urls.is_empty() {
        let links: Vec<String> = q
            .cited_urls
            .iter()
            .map(|u| anchor(&opts.shown(u), u))
            .collect();
        let _ = writeln!(h, "<p class=\"detail\">Cites: {}</p>", links.join(", "));
    }
    h.push_str("</article>\n");
}

fn filter_bar<'a>(
    h: &mut String,
    target: &str,
    noun: &str,
    counts: impl Iterator<Item = (&'a str, usize)>,
) {
    let _ = write!(
        h,
        "<div class=\"filters\" role=\"group\" aria-label=\"Filter {noun}\" data-target=\"{target}\" data-noun=\"{noun}\">\
         <button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">All</button>\
         <button type=\"button\" data-filter=\"problems\" aria-pressed=\"false\">Problems</button>"
    );
    for (name, n) in counts {
        if n > 0 {
            let _ = write!(
                h,
                "<button type=\"button\" data-filter=\"{name}\" aria-pressed=\"false\">{} ({n})</button>",
                esc(&name.replace('_', " "))
            );
        }
    }
    let _ = writeln!(
        h,
        "</div>\n<p class=\"shown\" id=\"{target}-shown\" aria-live=\"polite\"></p>"
    );
}

/// The worst level among a link's findings (its status, a missing `#fragment`), `None` when
/// it has none: the same findings every other format reports (a `dead` link the policy does
/// not fail is a warning, never `ok`).
fn link_level(link: &LinkResult, all: &[Finding<'_>]) -> Option<Level> {
    worst_level(
        all,
        |s| matches!(s, Subject::Link(x) if std::ptr::eq(*x, link)),
    )
}

fn write_links(report: &Report, opts: &ReportOptions, all: &[Finding<'_>], h: &mut String) {
    let _ = writeln!(
        h,
        "<section id=\"links-section\">\n<h2>Links ({})</h2>",
        report.links.len()
    );
    if report.links.is_empty() {
        h.push_str("<p>No links found.</p>\n</section>\n");
        return;
    }
    filter_bar(
        h,
        "links",
        "links",
        LinkStatus::ALL.iter().map(|s| {
            (
                s.as_str(),
                report.links.iter().filter(|l| l.status == *s).count(),
            )
        }),
    );
    h.push_str("<table id=\"links\">\n<thead><tr><th>Status</th><th>URL</th><th>HTTP</th><th>Detail</th><th>Cited at</th></tr></thead>\n<tbody>\n");
    let mut links: Vec<&LinkResult> = report.links.iter().collect();
    links.sort_by_key(|l| {
        LinkStatus::ALL
            .iter()
            .position(|s| *s == l.status)
            .unwrap_or(usize::MAX)
    });
    for l in links {
        let level = link_level(l, all);
        let _ = write!(
            h,
            "<tr class=\"{}\" data-status=\"{}\" data-problem=\"{}\"><td><span class=\"badge {}\">{}</span></td><td class=\"url\">{}</td><td>{}</td><td>",
            level_class(level),
            l.status.as_str(),
            level.is_some(),
            level_class(level),
            // A page found without its `#fragment` is no plain `ok` in a red badge.
            if l.status == LinkStatus::Ok && l.fragment == Some(crate::model::FragmentStatus::Missing) {
                "ok, #fragment missing".to_string()
            } else {
                esc(&l.status.as_str().replace('_', " "))
            },
            // A local file's link is shown as the other reports name it (`site/guide.md`),
            // and still opens the file.
            anchor(&opts.shown(&l.url), &l.url),
            l.http_status.map(|c| c.to_string()).unwrap_or_default()
        );
        h.push_str(&esc(&clean(&l.detail)));
        if l.fragment == Some(crate::model::FragmentStatus::Missing) {
            h.push_str("<br>#fragment missing on the page");
        }
        if let Some(instead) = &l.use_instead {
            let _ = write!(h, "<br>Use instead: {}", anchor(instead, instead));
        }
        if l.retries > 0 {
            let _ = write!(
                h,
                "<br>{} {}",
                l.retries,
                if l.retries == 1 { "retry" } else { "retries" }
            );
        }
        if let Some(note) = super::cached_note(l) {
            let _ = write!(h, "<br>{}", esc(&note));
        }
        h.push_str("</td><td class=\"pos\">");
        let places: Vec<String> = l
            .occurrences
            .iter()
            .map(|o| format!("{}:{}:{}", esc(&clean(&o.file)), o.line, o.column))
            .collect();
        h.push_str(&places.join("<br>"));
        h.push_str("</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn write_warnings(all: &[Finding<'_>], h: &mut String) {
    // An input that could not be read is an error, listed apart; the others are what the
    // JSON's `summary.warnings` counts (named apart from the summary's "warnings" card: every
    // finding that only warns, links and quotes too).
    let (unread, items): (Vec<&Finding<'_>>, Vec<&Finding<'_>>) = all
        .iter()
        .filter(|f| matches!(f.subject, Subject::Metadata(_) | Subject::Document(_)))
        .partition(|f| f.rule == super::Rule::UnreadableInput);
    for (id, title, items) in [
        ("unreadable", "Inputs that could not be read", unread),
        ("warnings", "Document and metadata warnings", items),
    ] {
        write_document_findings(id, title, &items, h);
    }
}

/// A section (`{id}-section`) with a table (`{id}`) of document or metadata findings.
fn write_document_findings(id: &str, title: &str, items: &[&Finding<'_>], h: &mut String) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"{id}-section\">\n<h2>{title} ({})</h2>",
        items.len()
    );
    let _ = writeln!(
        h,
        "<table id=\"{id}\">\n<thead><tr><th>Kind</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>"
    );
    for f in items {
        let _ = write!(
            h,
            "<tr class=\"{}\"><td><span class=\"badge {}\">{}</span></td><td class=\"pos\">{}:{}:{}</td><td>{}",
            level_class(Some(f.level)),
            level_class(Some(f.level)),
            esc(f.rule.title()),
            esc(&clean(f.file)),
            f.line,
            f.column,
            esc(&clean(&f.message))
        );
        if let Some(url) = f.url {
            let _ = write!(h, "<br>{}", anchor(url, url));
        }
        h.push_str("</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// Like [`clean`] but keeps one leading or trailing space, which separates context from the
/// match.
fn clean_keep_edges(s: &str) -> String {
    let lead = if s.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if s.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{lead}{}{trail}", clean(s))
}

/// Escapes text for HTML text and double- or single-quoted attribute values, and drops
/// control characters (other than whitespace).
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Replaces the marking sentinels (which survive [`esc`]) by `<mark>` elements.
fn marks(s: &str) -> String {
    s.replace(A_OPEN, "<mark class=\"diff-a\">")
        .replace(S_OPEN, "<mark class=\"diff-s\">")
        .replace([A_CLOSE, S_CLOSE], "</mark>")
}

/// A link when the URL's scheme is http, https or file; otherwise the escaped text.
fn anchor(label: &str, url: &str) -> String {
    let text = esc(&clean(label));
    if is_safe_href(url) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{text}</a>",
            esc(url.trim())
        )
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{sample, Format};

    /// Regression: a page found without the `#fragment` the link names, a finding, had a
    /// red badge reading only `ok`.
    #[test]
    fn a_missing_fragment_is_named_in_its_badge() {
        let html = sample::render(Format::Html);
        assert!(html.contains(">ok, #fragment missing</span>"), "{html}");
    }

    #[test]
    fn escapes_every_hostile_string() {
        let html = sample::render(Format::Html);
        sample::save_sample("report.html", &html);
        assert!(!html.contains("<script>document"), "hostile script leaked");
        assert!(!html.contains("<img"), "hostile img leaked");
        assert!(!html.contains("<b>goodbye"), "hostile markup leaked");
        assert!(html.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"));
        assert!(
            !html.contains("href=\"javascript:"),
            "javascript: became a link"
        );
        assert!(!html.to_ascii_lowercase().contains("href=\"javascript"));
        assert!(!html.contains('\u{1}') && !html.contains('\u{8}'));
        // Only our own script element.
        assert_eq!(html.matches("<script>").count(), 1);
        // No network: nothing is loaded from anywhere.
        assert!(!html.contains("src=\"http") && !html.contains("@import"));
    }

    #[test]
    fn shows_counts_and_highlights() {
        let html = sample::render(Format::Html);
        assert!(html.contains("id=\"card-links\" data-count=\"11\""));
        assert!(html.contains("id=\"card-quotes\" data-count=\"7\""));
        assert!(html.contains("id=\"card-failures\" data-count=\"9\""));
        assert!(html.contains("<mark class=\"diff-a\">12</mark>"));
        assert!(html.contains("<mark class=\"diff-s\">21</mark>"));
        assert!(html.contains("<mark class=\"diff-s\">not</mark>"));
        assert!(html.contains("@media print"));
        assert_eq!(
            html.matches("<tr class=").count(),
            11 + 2,
            "one row per link plus 2 warnings"
        );
    }

    #[test]
    fn escaping_helpers() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(anchor("x", "javascript:alert(1)"), "x");
        assert_eq!(
            anchor("x", "https://e.org/?a=\"><b>"),
            "<a href=\"https://e.org/?a=&quot;&gt;&lt;b&gt;\" rel=\"noopener noreferrer\" target=\"_blank\">x</a>"
        );
    }
}
