//! The check stage's use of archived copies ([`crate::archive`]): the copies an article
//! links beside the pages they copy, what a Wayback link's status means, which page a quote
//! rests on when it is found only on a copy, and (`--suggest-archive`) asking an archive for
//! a copy of each page that is gone.

use std::collections::HashMap;

use futures::StreamExt;

use super::{is_web, lookup, page_state, read_off_runtime, Sources};
use crate::archive::{self, copy_words};
use crate::error::Result;
use crate::model::{
    ArchivedCopy, CopyFoundBy, Extraction, LinkResult, LinkStatus, QuoteResult, Verdict,
};

/// Per document: the archived copies it links, by the [`archive::page_key`] of the page each
/// copies, in document order.
pub(super) type Copies = Vec<HashMap<String, Vec<String>>>;

/// The archived copies each document links.
pub(super) fn copies(docs: &[Extraction]) -> Copies {
    docs.iter()
        .map(|d| {
            let mut by_page: HashMap<String, Vec<String>> = HashMap::new();
            for l in &d.links {
                if let Some(orig) = &l.archive_of {
                    let urls = by_page.entry(archive::page_key(orig)).or_default();
                    if !urls.contains(&l.url) {
                        urls.push(l.url.clone());
                    }
                }
            }
            by_page
        })
        .collect()
}

/// A quote's pages with the copies its document links of them: each copy after the pages,
/// a live page before any copy (on a tie the live page is the one named).
pub(super) fn with_copies(
    mut urls: Vec<String>,
    copies: &HashMap<String, Vec<String>>,
) -> Vec<String> {
    if copies.is_empty() {
        return urls;
    }
    let live: Vec<String> = urls
        .iter()
        .filter(|u| archive::snapshot_of(u).is_none())
        .cloned()
        .collect();
    for u in live {
        for c in copies.get(&archive::page_key(&u)).into_iter().flatten() {
            if !urls.contains(c) {
                urls.push(c.clone());
            }
        }
    }
    urls.sort_by_key(|u| archive::snapshot_of(u).is_some());
    urls
}

/// Statuses that say a page is gone: an archive may have kept it.
fn gone(status: LinkStatus) -> bool {
    matches!(
        status,
        LinkStatus::Dead | LinkStatus::Soft404 | LinkStatus::Error | LinkStatus::Timeout
    )
}

/// Link results: a copy's original and time; the archive's redirect to its nearest copy of
/// the same page is `ok`; a live page the article also links a copy of gets that copy.
pub(super) fn mark_links(links: &mut HashMap<String, LinkResult>, copies: &Copies) {
    let mut first_copy: HashMap<String, &String> = HashMap::new();
    for doc in copies {
        for (key, urls) in doc {
            if let Some(u) = urls.first() {
                first_copy.entry(key.clone()).or_insert(u);
            }
        }
    }
    for link in links.values_mut() {
        if let Some(s) = archive::snapshot_of(&link.url) {
            link.archived_at = s.archived_at();
            if link.status == LinkStatus::Redirected
                && link
                    .final_url
                    .as_deref()
                    .is_some_and(|f| archive::same_page_other_time(&link.url, f))
            {
                // The Wayback Machine sends a time it has no copy of to the nearest one
                // it has: nothing for the article to fix.
                link.status = LinkStatus::Ok;
                link.use_instead = None;
                let nearest = link
                    .final_url
                    .as_deref()
                    .map(copy_words)
                    .unwrap_or_default();
                link.detail = format!(
                    "{}; the archive's copy nearest the time asked for is {nearest}",
                    link.detail
                );
            } else if link.status == LinkStatus::Dead {
                link.detail = format!(
                    "{}; the archive has no copy of {} at that address",
                    link.detail, s.original
                );
            }
            link.archive_of = Some(s.original);
            continue;
        }
        if first_copy.is_empty() {
            continue;
        }
        let Some(copy) = first_copy.get(&archive::page_key(&link.url)) else {
            continue;
        };
        let archived_at = archive::snapshot_of(copy).and_then(|s| s.archived_at());
        if gone(link.status) {
            link.detail = format!(
                "{}; the article also links {}: {copy}",
                link.detail,
                copy_words(copy)
            );
        }
        link.archived_copy = Some(ArchivedCopy {
            url: (*copy).clone(),
            archived_at,
            found_by: CopyFoundBy::Article,
        });
    }
}

/// A quote verified (or altered, or partial) on an archived copy rather than on the live
/// page it copies says so: the live page is gone (`detail`), or it no longer has these words
/// (a warning: the page changed after the copy was made).
pub(super) fn explain(
    r: &mut QuoteResult,
    q: &crate::model::Quote,
    urls: &[String],
    (links, sources): (&HashMap<String, LinkResult>, &Sources),
    verify: &crate::verify::VerifyOptions,
) {
    if !matches!(
        r.verdict,
        Verdict::Verified | Verdict::Altered | Verdict::Partial
    ) {
        return;
    }
    let Some(checked) = r.checked_url.clone() else {
        return;
    };
    let Some(snap) = archive::snapshot_of(&checked) else {
        return;
    };
    let key = archive::page_key(&snap.original);
    let Some(live) = urls
        .iter()
        .find(|u| archive::snapshot_of(u).is_none() && archive::page_key(u) == key)
    else {
        return;
    };
    let copy = copy_words(&checked);
    match lookup(sources, links, live) {
        Err(why) => {
            let state = links
                .get(&crate::fetch::normalize_url(live))
                .map_or(why, page_state);
            let note = format!("checked on {copy}, as the live page {live} {state}");
            r.detail = if r.detail.is_empty() {
                note
            } else {
                format!("{}; {note}", r.detail)
            };
        }
        Ok(src) if r.verdict == Verdict::Verified => {
            let on_live = crate::verify::verify_quote(
                q,
                &r.file,
                &[crate::verify::Candidate {
                    url: live,
                    source: Ok(src),
                }],
                verify,
            );
            if on_live.verdict != Verdict::Verified {
                let now = match on_live.verdict {
                    Verdict::Altered | Verdict::Partial => "has other words now",
                    _ => "no longer has these words",
                };
                r.warnings.push(format!(
                    "the live page {live} {now}: the quote is on {copy}, which the article \
                     cites; the page changed after it was archived"
                ));
            }
        }
        Ok(_) => {}
    }
}

/// `--suggest-archive`: asks the availability API `api` for a copy of each page that is
/// gone, nearest the day its note says it was read (else the note's date); a copy offered
/// is put on the link (and in its detail), and a quote whose pages all failed is checked on
/// the copies of them: a match there (verified, altered, partial) is its verdict, with a
/// warning saying where it rests. A copy without the quote proves nothing (it is from
/// another time): the quote stays unverifiable, its detail saying so.
pub(super) async fn suggest(
    quotes: &mut [QuoteResult],
    docs: &[Extraction],
    quote_urls: &[Vec<Vec<String>>],
    (links, sources): (&mut HashMap<String, LinkResult>, &Sources),
    fetcher: &crate::fetch::Fetcher,
    api: &url::Url,
    verify: &crate::verify::VerifyOptions,
) -> Result<()> {
    // The day each gone page was read, from the first note citing it.
    let mut stamps: HashMap<String, Option<String>> = HashMap::new();
    for (key, link) in links.iter() {
        if gone(link.status) && is_web(&link.url) && archive::snapshot_of(&link.url).is_none() {
            stamps.insert(key.clone(), None);
        }
    }
    if stamps.is_empty() {
        return Ok(());
    }
    for doc in docs {
        for note in &doc.footnotes {
            for u in &note.urls {
                if let Some(slot) = stamps.get_mut(&crate::fetch::normalize_url(u)) {
                    if slot.is_none() {
                        *slot = archive::note_stamp(&note.text, note.date.as_deref());
                    }
                }
            }
        }
    }
    // Asked side by side, within the fetcher's per-host limits (the API is one host).
    let mut questions: Vec<(String, url::Url)> = Vec::new();
    for (key, stamp) in &stamps {
        let Some(link) = links.get(key) else { continue };
        let q = archive::availability_url(api.as_str(), &link.url, stamp.as_deref());
        if let Ok(q) = url::Url::parse(&q) {
            questions.push((key.clone(), q));
        }
    }
    questions.sort();
    // `None`: the API gave no answer to read (a failure, an error status).
    type Answer = Option<Option<(String, String)>>;
    let answers: Vec<(String, Answer)> = futures::stream::iter(questions)
        .map(|(key, q)| async move {
            let answer = fetcher.get_text_kept(&q).await;
            (key, answer.map(|a| archive::offered_snapshot(&a)))
        })
        .buffer_unordered(fetcher.options().max_concurrency.max(1))
        .collect()
        .await;
    fetcher.save_cache();
    let mut offered: HashMap<String, String> = HashMap::new();
    for (key, found) in answers {
        let Some(found) = found else {
            // Said, so that "no copy suggested" is not read as "the archive has none".
            if let Some(link) = links.get_mut(&key) {
                link.detail = format!(
                    "{}; the archive could not be asked for a copy ({} gave no answer)",
                    link.detail,
                    api.host_str().unwrap_or("its API")
                );
            }
            continue;
        };
        let Some((url, ts)) = found else { continue };
        if let Some(link) = links.get_mut(&key) {
            if link.archived_copy.is_none() {
                link.detail = format!(
                    "{}; the archive has {}: {url}",
                    link.detail,
                    copy_words(&url)
                );
                link.archived_copy = Some(ArchivedCopy {
                    url: url.clone(),
                    archived_at: archive::iso_time(&ts),
                    found_by: CopyFoundBy::Lookup,
                });
            }
        }
        offered.insert(key, url);
    }
    if offered.is_empty() {
        return Ok(());
    }

    // Quotes whose pages all failed, with the offered copies of those pages.
    let mut wanted: Vec<(usize, &crate::model::Quote, &str, Vec<String>)> = Vec::new();
    let mut i = 0;
    for (doc, per_quote) in docs.iter().zip(quote_urls) {
        for (q, urls) in doc.quotes.iter().zip(per_quote) {
            let k = i;
            i += 1;
            if quotes
                .get(k)
                .is_none_or(|r| r.verdict != Verdict::Unverifiable)
                || urls.is_empty()
                || urls.iter().any(|u| lookup(sources, links, u).is_ok())
            {
                continue;
            }
            let found: Vec<String> = urls
                .iter()
                .filter_map(|u| offered.get(&crate::fetch::normalize_url(u)).cloned())
                .collect();
            if !found.is_empty() {
                wanted.push((k, q, doc.file.as_str(), found));
            }
        }
    }
    if wanted.is_empty() {
        return Ok(());
    }
    let mut requests: Vec<crate::model::SourceRequest> = Vec::new();
    for (_, _, _, found) in &wanted {
        for u in found {
            let key = crate::fetch::normalize_url(u);
            if !requests.iter().any(|r| r.url == key) {
                requests.push(crate::model::SourceRequest::body_of(key));
            }
        }
    }
    let fetched = fetcher.check_all(requests, &crate::fetch::NoProgress).await;
    let (copy_links, copy_sources, _) = read_off_runtime(fetched, verify, false).await?;
    withdraw_gone_copies(links, &offered, &copy_links);
    for (k, q, file, found) in wanted {
        let candidates: Vec<crate::verify::Candidate<'_>> = found
            .iter()
            .map(|u| crate::verify::Candidate {
                url: u,
                source: lookup(&copy_sources, &copy_links, u),
            })
            .collect();
        let new = crate::verify::verify_quote(q, file, &candidates, verify);
        let Some(old) = quotes.get_mut(k) else {
            continue;
        };
        let copy = new
            .checked_url
            .as_deref()
            .or(found.first().map(String::as_str))
            .unwrap_or_default()
            .to_string();
        let words = copy_words(&copy);
        if matches!(
            new.verdict,
            Verdict::Verified | Verdict::Altered | Verdict::Partial
        ) {
            let cited = std::mem::take(&mut old.cited_urls);
            let why = std::mem::take(&mut old.detail);
            *old = new;
            old.cited_urls = cited;
            old.warnings.push(format!(
                "checked on {words} ({copy}), which the archive offered (--suggest-archive): \
                 {why}"
            ));
        } else {
            let not_there = match lookup(&copy_sources, &copy_links, &copy) {
                Ok(_) => format!("not on {words} ({copy}) either, which the archive offered"),
                Err(e) => format!("{words} the archive offered ({copy}) could not be read: {e}"),
            };
            old.detail = format!("{}; {not_there}", old.detail);
        }
    }
    Ok(())
}

/// A copy the archive offered for a gone page that, read for a quote, is itself gone: the
/// archive kept the site's own not-found page (served with a 200, as archives serve the
/// error pages they captured) or no longer has it. An editor acting on the link's line would
/// put a not-found page in place of the dead link: the copy is taken back off the link, and
/// its detail says why. (A copy read for no quote is not asked for: the archive's answer
/// stands.)
fn withdraw_gone_copies(
    links: &mut HashMap<String, LinkResult>,
    offered: &HashMap<String, String>,
    copy_links: &HashMap<String, LinkResult>,
) {
    for (key, url) in offered {
        let Some(copy) = copy_links.get(&crate::fetch::normalize_url(url)) else {
            continue;
        };
        let why = match copy.status {
            LinkStatus::Soft404 => "a not-found page (soft 404)",
            LinkStatus::Dead => "gone (dead)",
            _ => continue,
        };
        let Some(link) = links.get_mut(key) else {
            continue;
        };
        if !link
            .archived_copy
            .as_ref()
            .is_some_and(|c| c.url == *url && c.found_by == CopyFoundBy::Lookup)
        {
            continue;
        }
        link.archived_copy = None;
        let words = copy_words(url);
        let said = format!("; the archive has {words}: {url}");
        let now = format!(
            "; the archive offered {words}, but it is itself {why}: no copy to use ({url})"
        );
        link.detail = if link.detail.contains(&said) {
            link.detail.replace(&said, &now)
        } else {
            format!("{}{now}", link.detail)
        };
    }
}

/// Without `--suggest-archive`: a quote left unverifiable because every page it cites is
/// gone (dead, soft 404) says where to look next.
pub(super) fn hint(
    quotes: &mut [QuoteResult],
    docs: &[Extraction],
    quote_urls: &[Vec<Vec<String>>],
    links: &HashMap<String, LinkResult>,
) {
    let mut i = 0;
    for (doc, per_quote) in docs.iter().zip(quote_urls) {
        for urls in per_quote.iter().take(doc.quotes.len()) {
            let k = i;
            i += 1;
            let Some(r) = quotes.get_mut(k) else { continue };
            // Web pages only: an archive keeps no copy of a missing local file.
            let all_gone = !urls.is_empty()
                && urls.iter().all(|u| is_web(u))
                && urls.iter().all(|u| {
                    links
                        .get(&crate::fetch::normalize_url(u))
                        .is_some_and(|l| matches!(l.status, LinkStatus::Dead | LinkStatus::Soft404))
                });
            if r.verdict == Verdict::Unverifiable && all_gone {
                r.detail.push_str(
                    "; an archive may have kept the page: --suggest-archive asks the Wayback \
                     Machine for a copy",
                );
            }
        }
    }
}
