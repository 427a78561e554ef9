//! The fetch stage against a real HTTP server on 127.0.0.1 (port 0), in-process: one test
//! binary, split by subject. Every test asserts the status, the detail and the retry count.
//! Timeouts and backoffs are shortened so the whole binary runs in a few seconds.

mod support;

/// Bodies: compression, the size cap, charsets, fragments.
mod bodies;
/// --cache: hits, and transient failures never cached.
mod cache;
/// Local files, --exclude, --exclude-private, --remap, unsupported and invalid URLs.
mod options;
/// Redirect chains, loops, deep links sent home, permanent redirects.
mod redirects;
/// Retries: 503 then 200, 429 with Retry-After, waits beyond the cap, timeouts, resets.
mod retries;
/// The thirty-seventh session's evaluation: fallbacks, error pages, challenges, logins.
mod s37;
/// The forty-third session's evaluation: headlines after a colon, tiny not-found pages.
mod s43;
/// The fifty-seventh session's evaluation: tiny not-found pages in other languages.
mod s57;
/// The sixty-first session's evaluation: bot walls by header, refusals sent as 200, redirects to
/// a site's not-found page.
mod s61;
/// The sixty-second session's evaluation.
mod s62;
/// More of the sixty-second session's evaluation: a script's redirect said so, waits of a
/// year or more, redirects adding only a tracking parameter.
mod s62_more;
/// The review of the sixty-second session's fetch rules: a script's redirect only as a
/// top-level statement of a stub read whole, login words of other languages, a live
/// article behind a script's stub.
mod s62_review;
/// The sixty-third session's evaluation: challenges by captcha, timers' redirects, JSON error
/// bodies, broken transfers, one request per page, the per-host limit.
mod s63;
/// Leftovers of the sixty-third session's evaluation: an article titled like a challenge
/// retried after a 503, multiple choices without a `Location`.
mod s63_more;
/// The review of the sixty-third session's fetch rules: a timer's delay, JSON records that
/// are no error answers, a captcha guide and demonstration, a malformed header.
mod s63_review;
/// The sixty-fourth session's evaluation.
mod s64;
mod s64_review;
/// The sixty-fifth session's evaluation.
mod s65;
/// Status classes and page heuristics: ok, dead, blocked, error, soft 404, challenges.
mod status;
