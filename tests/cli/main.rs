//! End-to-end tests of the real `citecheck` binary: each test runs
//! `env!("CARGO_BIN_EXE_citecheck")` in a sealed environment (empty temporary working folder,
//! cleared environment, `NO_COLOR`) against an in-process loopback server
//! ([`citecheck::server`]) serving `fixtures/pages/`, with `--remap` rules sending the fixture
//! articles' placeholder hosts to it. Nothing here touches anything but 127.0.0.1.

mod academic_s23;
mod archive_s29;
mod archive_s56;
mod bodies_s26;
mod check_gate17;
mod check_s16;
mod check_s18;
mod check_s19;
mod check_s19b;
mod check_s20;
mod check_s21;
mod check_s22;
mod ci_s26;
mod ci_s48;
mod ci_s49;
mod ci_s50;
mod ci_s51;
mod cli_s20;
mod cli_s21;
mod cli_s52;
mod cli_s53;
mod cli_s54;
mod cli_s58;
mod demo;
mod disputes_s30;
mod disputes_s31;
mod disputes_s46;
mod docs_s22;
mod docs_s38;
mod docsite_s55;
mod errors;
mod eval_s36;
mod eval_s37;
/// Session 61: a quote on a refusal sent with 200, or on a page redirected to `/404.html`.
mod fetch_s61;
/// Session 63: a page cited several ways is asked for once.
mod fetch_s63;
/// Session 64: quotes on a paywall's teaser, a maintenance page, a firewall's 406.
mod fetch_s64;
mod formats;
mod hostile_s28;
mod inputs;
mod inputs_s58_utf16;
mod left_s22;
mod line_endings_s27;
mod links;
mod links_s23;
mod live_s26;
mod notes_s28;
mod office_s29;
mod outputs_s20;
mod pages_s35;
mod pdf_s25;
mod pdf_s27;
mod plain_s55_plain1;
/// Session 57: a word broken at a plain-text line's end with a hyphen, checked whole.
mod plain_s57_plainhy;
mod repo_s22;
mod repo_s65;
mod report_s36;
mod report_s37;
mod report_s47;
/// Session 48: Markdown listing and counts, HTML card plurals, the text report's marker key.
mod report_s48;
mod reports_s21;
mod review_left_s20;
mod run_s54_ci;
mod run_s55_fetch;
mod s23;
mod s39;
mod s40;
mod s41;
mod s42;
mod site_s27;
mod speakers_s28;
mod splice_s30;
mod support;
mod text_s24;
mod transcripts_s29;
mod verify;
mod verify_s38;
